package th.oitcrawler.evidence;

/**
 * One row of an auditor's submissions CSV ({@code agency,homepage,item,url}).
 *
 * @param line     the CSV line the row starts on (1 = header)
 * @param agency   the agency's name as written (trimmed)
 * @param homepage the agency's homepage, an absolute http(s) URL
 * @param item     the normalised item code, e.g. "O23"
 * @param url      the submitted URL, an absolute http(s) URL as written
 */
public record SubmissionRow(int line, String agency, String homepage, String item, String url) {
}
