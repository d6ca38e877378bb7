package th.oitcrawler.batch;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who works on which site of a run. A site is PENDING, then CLAIMED by one worker under a lease, then
 * DONE. Claiming is one short transaction; the result of the work (the site row and all its item
 * rows) is recorded in one transaction that also checks the claim is still this worker's, so a site
 * is DONE exactly once whatever crashes in between: a crash before that commit leaves the claim,
 * which a later worker takes back when its lease runs out (or at once when the dead worker was a
 * process on this host), and a crash after it leaves a finished site nobody will redo.
 */
final class SiteClaims {
    private final ResultStore store;
    private final long runId;
    private final WorkerId worker;
    private final long leaseMs;

    SiteClaims(ResultStore store, long runId, WorkerId worker, long leaseMs) {
        this.store = store;
        this.runId = runId;
        this.worker = worker;
        this.leaseMs = leaseMs;
    }

    /** The next site nobody holds (pending, or claimed under a lease that ran out), now this worker's. */
    Optional<SiteRow> claim() {
        return store.transaction("claiming a site", c -> {
            long now = System.currentTimeMillis();
            SiteRow row;
            try (PreparedStatement p = c.prepareStatement("SELECT site_id, name, province, homepage, line FROM run_sites "
                    + "WHERE run_id = ? AND (state = 'PENDING' OR (state = 'CLAIMED' AND lease_until < ?)) "
                    + "ORDER BY line LIMIT 1" + store.dialect().claimLock())) {
                p.setLong(1, runId);
                p.setLong(2, now);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    row = new SiteRow(r.getString(1), r.getString(2), r.getString(3), URI.create(r.getString(4)), r.getInt(5));
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE run_sites SET state = 'CLAIMED', worker = ?, "
                    + "lease_until = ?, attempts = attempts + 1 WHERE run_id = ? AND site_id = ?")) {
                p.setString(1, worker.toString());
                p.setLong(2, now + leaseMs);
                p.setLong(3, runId);
                p.setString(4, row.id());
                p.executeUpdate();
            }
            return Optional.of(row);
        });
    }

    /**
     * Records a site's result and marks it DONE, in one transaction.
     *
     * @return false when the claim is no longer this worker's (its lease ran out and another worker took
     *     the site): nothing is recorded, the other worker's result will be
     */
    boolean complete(SiteResult r) {
        return store.transaction("recording site " + r.site().id(), c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE run_sites SET state = 'DONE', lease_until = NULL, "
                    + "status = ?, score = ?, passed = ?, failed = ?, review = ?, pages = ?, errors = ?, seconds = ?, "
                    + "report = ?, problem = ?, finished_at = ? "
                    + "WHERE run_id = ? AND site_id = ? AND state = 'CLAIMED' AND worker = ?")) {
                p.setString(1, r.status().name());
                if (r.status().judged()) {
                    p.setDouble(2, r.score());
                } else {
                    p.setNull(2, java.sql.Types.DOUBLE); // no score: nothing was judged
                }
                p.setInt(3, r.passed());
                p.setInt(4, r.failed());
                p.setInt(5, r.review());
                p.setLong(6, r.pages());
                p.setLong(7, r.errors());
                p.setDouble(8, r.seconds());
                p.setString(9, r.report());
                p.setString(10, r.problem());
                p.setLong(11, System.currentTimeMillis());
                p.setLong(12, runId);
                p.setString(13, r.site().id());
                p.setString(14, worker.toString());
                if (p.executeUpdate() != 1) {
                    return false;
                }
            }
            insertItems(c, r);
            return true;
        });
    }

    private void insertItems(Connection c, SiteResult r) throws SQLException {
        if (r.items().isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO item_verdicts (run_id, site_id, item, item_order, "
                + "verdict, outcome, evidence_url) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (SiteResult.ItemRow i : r.items()) {
                p.setLong(1, runId);
                p.setString(2, r.site().id());
                p.setString(3, i.item());
                p.setInt(4, i.order());
                p.setString(5, i.verdict());
                p.setString(6, i.outcome().name());
                p.setString(7, i.evidenceUrl());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Extends the lease of every site this worker holds; called well within the lease time. */
    int renewLeases() {
        return store.transaction("renewing leases", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE run_sites SET lease_until = ? "
                    + "WHERE run_id = ? AND state = 'CLAIMED' AND worker = ?")) {
                p.setLong(1, System.currentTimeMillis() + leaseMs);
                p.setLong(2, runId);
                p.setString(3, worker.toString());
                return p.executeUpdate();
            }
        });
    }

    /** Gives back at once the sites of workers that ran on this host in processes now gone. */
    int releaseDeadLocalWorkers() {
        return store.transaction("releasing sites of stopped workers", c -> {
            List<String> dead = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT DISTINCT worker FROM run_sites WHERE run_id = ? AND state = 'CLAIMED'")) {
                p.setLong(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String w = r.getString(1);
                        if (WorkerId.parse(w).map(id -> id.deadOnHostOf(worker)).orElse(false)) {
                            dead.add(w);
                        }
                    }
                }
            }
            int released = 0;
            try (PreparedStatement p = c.prepareStatement("UPDATE run_sites SET state = 'PENDING', worker = NULL, "
                    + "lease_until = NULL WHERE run_id = ? AND state = 'CLAIMED' AND worker = ?")) {
                for (String w : dead) {
                    p.setLong(1, runId);
                    p.setString(2, w);
                    released += p.executeUpdate();
                }
            }
            return released;
        });
    }

    /** How far the run is: sites done, sites in all, and sites other workers hold under a live lease. */
    record Counts(int done, int total, int heldByOthers) {
        boolean complete() {
            return done == total;
        }
    }

    Counts counts() {
        return store.transaction("counting sites", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT "
                    + "SUM(CASE WHEN state = 'DONE' THEN 1 ELSE 0 END), COUNT(*), "
                    + "SUM(CASE WHEN state = 'CLAIMED' AND worker <> ? AND lease_until >= ? THEN 1 ELSE 0 END) "
                    + "FROM run_sites WHERE run_id = ?")) {
                p.setString(1, worker.toString());
                p.setLong(2, System.currentTimeMillis());
                p.setLong(3, runId);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return new Counts(r.getInt(1), r.getInt(2), r.getInt(3));
                }
            }
        });
    }

    /** Marks the run finished when every site is done; true when it is (by this call or an earlier one). */
    boolean finishIfComplete() {
        return store.transaction("finishing the run", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE runs SET finished_at = ? WHERE id = ? "
                    + "AND finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM run_sites WHERE run_id = ? AND state <> 'DONE')")) {
                p.setLong(1, System.currentTimeMillis());
                p.setLong(2, runId);
                p.setLong(3, runId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT finished_at FROM runs WHERE id = ?")) {
                p.setLong(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    r.getLong(1);
                    return !r.wasNull();
                }
            }
        });
    }
}
