package th.oitcrawler.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Finds the unfinished run of a command, or creates it and loads its sites list, in one
 * transaction: a run is never seen half-loaded, and two workers started together end up in the
 * same run (the second's insert collides on {@code (run_key, seq)} and it finds the first's run).
 */
final class ScanRuns {
    private static final int MAX_BAD_ROWS_KEPT = 1000;

    private ScanRuns() {
    }

    /** The run a scan works on; {@code created} when this call loaded it (and {@code badRows} holds its skipped rows). */
    record Opened(RunInfo run, boolean created, List<SitesCsv.BadRow> badRows) {
    }

    /**
     * @param asOf empty: continue an unfinished run whatever its as-of date, else start one as of {@code today}
     * @throws IllegalArgumentException when an unfinished run of the same list has another as-of date
     */
    static Opened open(ResultStore store, Path sitesFile, String checklistId, Optional<LocalDate> asOf, LocalDate today)
            throws IOException {
        String key = hash(sitesFile) + "|" + checklistId;
        for (int attempt = 1; ; attempt++) {
            try {
                return store.transaction("opening the run", c -> openIn(c, key, sitesFile, checklistId, asOf, today));
            } catch (StoreException e) {
                if (attempt >= 3 || !uniqueViolation(e)) {
                    throw e;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static Opened openIn(Connection c, String key, Path file, String checklistId, Optional<LocalDate> asOf,
                                 LocalDate today) throws SQLException {
        Optional<RunInfo> unfinished = find(c, "SELECT " + RunInfo.COLUMNS + " FROM runs WHERE run_key = ? "
                + "AND finished_at IS NULL ORDER BY seq DESC LIMIT 1", key);
        if (unfinished.isPresent()) {
            RunInfo r = unfinished.get();
            if (asOf.isPresent() && !asOf.get().equals(r.asOf())) {
                throw new IllegalArgumentException("run " + r.id() + " of this sites list is unfinished with --as-of "
                        + r.asOf() + "; finish it first (rerun with --as-of " + r.asOf() + " or without --as-of)");
            }
            return new Opened(r, false, List.of());
        }
        int seq;
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM runs WHERE run_key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                seq = r.getInt(1);
            }
        }
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO runs (run_key, seq, checklist, as_of, sites_file, "
                + "sites_total, bad_rows, started_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?) RETURNING id")) {
            p.setString(1, key);
            p.setInt(2, seq);
            p.setString(3, checklistId);
            p.setString(4, asOf.orElse(today).toString());
            p.setString(5, file.toAbsolutePath().toString());
            p.setLong(6, System.currentTimeMillis());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        List<SitesCsv.BadRow> bad = new ArrayList<>();
        int[] counts = load(c, id, file, bad);
        try (PreparedStatement p = c.prepareStatement("UPDATE runs SET sites_total = ?, bad_rows = ? WHERE id = ?")) {
            p.setInt(1, counts[0]);
            p.setInt(2, counts[1]);
            p.setLong(3, id);
            p.executeUpdate();
        }
        RunInfo run = find(c, "SELECT " + RunInfo.COLUMNS + " FROM runs WHERE id = CAST(? AS BIGINT)", Long.toString(id))
                .orElseThrow();
        return new Opened(run, true, bad);
    }

    /** Streams the list into run_sites; returns {sites, bad rows}. Duplicate ids are bad rows. */
    private static int[] load(Connection c, long runId, Path file, List<SitesCsv.BadRow> bad) throws SQLException {
        int[] counts = new int[2];
        try (PreparedStatement p = c.prepareStatement("INSERT INTO run_sites (run_id, site_id, line, name, province, "
                + "homepage, state) VALUES (?, ?, ?, ?, ?, ?, 'PENDING') ON CONFLICT DO NOTHING")) {
            SqlConsumer<SiteRow> insert = row -> {
                p.setLong(1, runId);
                p.setString(2, row.id());
                p.setInt(3, row.line());
                p.setString(4, row.name());
                p.setString(5, row.province());
                p.setString(6, row.homepage().toString());
                if (p.executeUpdate() == 1) {
                    counts[0]++;
                } else {
                    badRow(bad, counts, new SitesCsv.BadRow(row.line(), "id " + row.id() + " appears twice; first kept"));
                }
            };
            SitesCsv.read(file, row -> insert.acceptUnchecked(row), b -> badRow(bad, counts, b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SqlRuntime e) {
            throw (SQLException) e.getCause();
        }
        return counts;
    }

    private static void badRow(List<SitesCsv.BadRow> bad, int[] counts, SitesCsv.BadRow b) {
        counts[1]++;
        if (bad.size() < MAX_BAD_ROWS_KEPT) {
            bad.add(b);
        }
    }

    static Optional<RunInfo> find(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(RunInfo.read(r)) : Optional.empty();
            }
        }
    }

    private static boolean uniqueViolation(StoreException e) {
        return e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
    }

    static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JDBC step for a stream callback. */
    interface SqlConsumer<T> {
        void accept(T t) throws SQLException;

        default void acceptUnchecked(T t) {
            try {
                accept(t);
            } catch (SQLException e) {
                throw new SqlRuntime(e);
            }
        }
    }

    /** Carries a SQLException through a stream callback. */
    static final class SqlRuntime extends RuntimeException {
        SqlRuntime(SQLException e) {
            super(e);
        }
    }
}
