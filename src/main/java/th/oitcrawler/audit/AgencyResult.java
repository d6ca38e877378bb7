package th.oitcrawler.audit;

import java.util.List;

/**
 * One agency's part of a verify run.
 *
 * @param agency      the agency's name as submitted
 * @param homepage    its homepage
 * @param pages       pages the crawl fetched (0 when it never finished)
 * @param crawlSeconds how long the crawl took
 * @param problem     why the agency could not be fully verified (homepage down, cut off…), or null
 * @param cutOff      true when its time budget ran out
 * @param warcFile    the WARC file holding its preserved responses (relative to the output folder)
 * @param rows        one result per submitted row, in CSV order
 */
public record AgencyResult(String agency, String homepage, long pages, double crawlSeconds, String problem,
                           boolean cutOff, String warcFile, List<RowResult> rows) {
    public AgencyResult {
        rows = List.copyOf(rows);
    }
}
