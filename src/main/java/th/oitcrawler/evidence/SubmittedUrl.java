package th.oitcrawler.evidence;

/** One row of a planned-submission CSV: the item, the URL the agency will submit, and its line. */
public record SubmittedUrl(String item, String url, int line) {
}
