package th.oitcrawler.batch;

import java.util.List;

/**
 * What one site's check gives the store: the site's row and one row per item (none unless CHECKED or
 * the homepage was unreachable, when every item is NEEDS_REVIEW and its outcome UNKNOWN).
 *
 * @param report  path of report.json relative to the scan's output folder; empty when none was written
 * @param problem why the site is not CHECKED; empty when it is
 */
public record SiteResult(SiteRow site, SiteStatus status, double score, int passed, int failed, int review,
                         long pages, long errors, double seconds, String report, String problem,
                         List<ItemRow> items) {
    public SiteResult {
        items = List.copyOf(items);
    }

    /** One item's row. */
    public record ItemRow(String item, int order, String verdict, ItemOutcome outcome, String evidenceUrl) {
    }

    static SiteResult error(SiteRow site, String problem, double seconds) {
        return new SiteResult(site, SiteStatus.ERROR, 0, 0, 0, 0, 0, 0, seconds, "", problem, List.of());
    }
}
