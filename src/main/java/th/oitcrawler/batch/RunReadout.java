package th.oitcrawler.batch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Reads a run back for its summary files: sites one at a time (never the whole run in memory) and
 * small aggregates (per item, per province and item).
 */
final class RunReadout {
    private final ResultStore store;

    RunReadout(ResultStore store) {
        this.store = store;
    }

    /** One site's summary row. */
    record SiteSummary(String id, String name, String province, String homepage, SiteStatus status,
                       OptionalDouble score, int passed, int failed, int review, long pages, long errors,
                       String report, String problem) {
    }

    /** How an item fared across the run's judged sites. */
    record ItemTally(String item, int order, int failing, int passing, int unknown) {
    }

    /** Sites of one province failing one item. */
    record ProvinceItem(String province, String item, int failing) {
    }

    Optional<RunInfo> run(long id) {
        return store.transaction("reading run " + id, c -> ScanRuns.find(c, "SELECT " + RunInfo.COLUMNS
                + " FROM runs WHERE id = CAST(? AS BIGINT)", Long.toString(id)));
    }

    /** The newest finished run before {@code runId} with the same checklist: what "since the last run" compares with. */
    Optional<RunInfo> previousFinished(RunInfo run) {
        return store.transaction("finding the previous run", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + RunInfo.COLUMNS + " FROM runs WHERE checklist = ? "
                    + "AND id < ? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1")) {
                p.setString(1, run.checklist());
                p.setLong(2, run.id());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(RunInfo.read(r)) : Optional.empty();
                }
            }
        });
    }

    /** The newest finished runs, newest first. */
    List<RunInfo> finishedRuns(int limit) {
        return store.transaction("listing runs", c -> {
            List<RunInfo> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + RunInfo.COLUMNS + " FROM runs "
                    + "WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT ?")) {
                p.setInt(1, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(RunInfo.read(r));
                    }
                }
            }
            return out;
        });
    }

    void forEachSite(long runId, Consumer<SiteSummary> sink) {
        store.transaction("reading the sites of run " + runId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT site_id, name, province, homepage, status, score, "
                    + "passed, failed, review, pages, errors, report, problem FROM run_sites WHERE run_id = ? ORDER BY line")) {
                p.setFetchSize(500); // PostgreSQL streams with a cursor instead of loading every row
                p.setLong(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        double score = r.getDouble(6);
                        OptionalDouble s = r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(score);
                        String status = r.getString(5);
                        sink.accept(new SiteSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                status == null ? SiteStatus.ERROR : SiteStatus.valueOf(status), s, r.getInt(7),
                                r.getInt(8), r.getInt(9), r.getLong(10), r.getLong(11), nz(r.getString(12)),
                                nz(r.getString(13))));
                    }
                }
            }
            return null;
        });
    }

    List<ItemTally> itemTallies(long runId) {
        return store.transaction("counting items", c -> {
            List<ItemTally> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT item, MIN(item_order), "
                    + "SUM(CASE WHEN outcome = 'FAIL' THEN 1 ELSE 0 END), SUM(CASE WHEN outcome = 'PASS' THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN outcome = 'UNKNOWN' THEN 1 ELSE 0 END) FROM item_verdicts WHERE run_id = ? "
                    + "GROUP BY item ORDER BY 3 DESC, 2")) {
                p.setLong(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new ItemTally(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    /** Per province, its {@code perProvince} most failed items (ties by checklist order). */
    List<ProvinceItem> provinceFailures(long runId, int perProvince) {
        return store.transaction("counting items per province", c -> {
            List<ProvinceItem> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT s.province, v.item, COUNT(*), MIN(v.item_order) "
                    + "FROM item_verdicts v JOIN run_sites s ON s.run_id = v.run_id AND s.site_id = v.site_id "
                    + "WHERE v.run_id = ? AND v.outcome = 'FAIL' GROUP BY s.province, v.item ORDER BY 1, 3 DESC, 4")) {
                p.setLong(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    String province = null;
                    int n = 0;
                    while (r.next()) {
                        n = r.getString(1).equals(province) ? n + 1 : 1;
                        province = r.getString(1);
                        if (n <= perProvince) {
                            out.add(new ProvinceItem(province, r.getString(2), r.getInt(3)));
                        }
                    }
                }
            }
            return out;
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
