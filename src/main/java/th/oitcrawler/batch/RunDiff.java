package th.oitcrawler.batch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What changed between two runs, per site and item: items that passed in the older run and fail in
 * the newer (newly failing) and the reverse (fixed). An item UNKNOWN in either run (site down or
 * refusing us, NEEDS_REVIEW, network failure of its link) is neither: a night of timeouts is not a
 * wave of failures, and the morning after is not a wave of fixes. Sites that became unknown are
 * counted apart.
 */
public final class RunDiff {
    private final ResultStore store;

    public RunDiff(ResultStore store) {
        this.store = store;
    }

    public enum Change { NEWLY_FAILING, FIXED }

    /** One item of one site that changed between the runs. */
    public record ItemChange(String siteId, String name, String province, String item, Change change,
                             String verdictBefore, String verdictAfter) {
    }

    /** A site whose items got worse: how many newly fail, and its scores before and after. */
    public record WorseSite(String siteId, String name, String province, int newlyFailing, double scoreBefore,
                            double scoreAfter) {
    }

    /** Streams every change, by site (list order) then item (checklist order). */
    public void changes(long before, long after, Consumer<ItemChange> sink) {
        store.transaction("comparing runs " + before + " and " + after, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT b.site_id, s.name, s.province, b.item, "
                    + "a.outcome, b.outcome, a.verdict, b.verdict FROM item_verdicts a "
                    + "JOIN item_verdicts b ON b.site_id = a.site_id AND b.item = a.item "
                    + "JOIN run_sites s ON s.run_id = b.run_id AND s.site_id = b.site_id "
                    + "WHERE a.run_id = ? AND b.run_id = ? AND a.outcome <> b.outcome "
                    + "AND a.outcome <> 'UNKNOWN' AND b.outcome <> 'UNKNOWN' ORDER BY s.line, b.item_order")) {
                p.setFetchSize(500);
                p.setLong(1, before);
                p.setLong(2, after);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Change ch = "FAIL".equals(r.getString(6)) ? Change.NEWLY_FAILING : Change.FIXED;
                        sink.accept(new ItemChange(r.getString(1), r.getString(2), r.getString(3), r.getString(4), ch,
                                r.getString(7), r.getString(8)));
                    }
                }
            }
            return null;
        });
    }

    /** Sites judged in both runs with at least one newly failing item, most newly failing first. */
    public List<WorseSite> worseSites(long before, long after, int limit) {
        return store.transaction("finding sites that got worse", c -> {
            List<WorseSite> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT sb.site_id, sb.name, sb.province, COUNT(*), "
                    + "MIN(sa.score), MIN(sb.score) FROM item_verdicts a "
                    + "JOIN item_verdicts b ON b.site_id = a.site_id AND b.item = a.item "
                    + "JOIN run_sites sa ON sa.run_id = a.run_id AND sa.site_id = a.site_id "
                    + "JOIN run_sites sb ON sb.run_id = b.run_id AND sb.site_id = b.site_id "
                    + "WHERE a.run_id = ? AND b.run_id = ? AND a.outcome = 'PASS' AND b.outcome = 'FAIL' "
                    + "GROUP BY sb.site_id, sb.name, sb.province, sb.line ORDER BY 4 DESC, sb.line LIMIT ?")) {
                p.setLong(1, before);
                p.setLong(2, after);
                p.setInt(3, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new WorseSite(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                                r.getDouble(5), r.getDouble(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Sites judged in the older run but not in the newer (down, refusing, failed): unknown, not failing. */
    public List<String> becameUnknown(long before, long after) {
        return store.transaction("finding sites that became unknown", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT b.site_id FROM run_sites a JOIN run_sites b "
                    + "ON b.site_id = a.site_id WHERE a.run_id = ? AND b.run_id = ? AND a.status = 'CHECKED' "
                    + "AND b.status <> 'CHECKED' ORDER BY b.line")) {
                p.setLong(1, before);
                p.setLong(2, after);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
