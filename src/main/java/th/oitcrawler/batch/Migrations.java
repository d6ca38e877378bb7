package th.oitcrawler.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a results database to the newest schema: plain versioned SQL files
 * ({@code V<n>__<name>.sql} beside this class) applied in order, each in its own transaction with its
 * row in {@code schema_version}. Several workers starting at once are safe: on PostgreSQL they take
 * turns under an advisory lock (even {@code CREATE TABLE IF NOT EXISTS} collides when two sessions
 * run it at once), SQLite writes one transaction at a time.
 */
final class Migrations {
    /** Every migration, oldest first. Add a file and a line; never edit a released one. */
    static final List<String> FILES = List.of("V1__scan_store.sql");

    private Migrations() {
    }

    /** Any constant shared by all workers: the advisory lock serialising migrations on PostgreSQL. */
    private static final long LOCK_KEY = 0x6f6974_5f7363616eL;

    static void apply(Connection c, SqlDialect dialect) throws SQLException {
        if (dialect != SqlDialect.POSTGRES) {
            migrate(c, dialect);
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            c.commit();
            try {
                migrate(c, dialect);
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
                c.commit();
            }
        }
    }

    private static void migrate(Connection c, SqlDialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        }
        c.commit();
        for (int v = 1; v <= FILES.size(); v++) {
            try (Statement s = c.createStatement()) {
                if (applied(c, v)) {
                    c.commit();
                    continue;
                }
                for (String sql : statements(FILES.get(v - 1), dialect)) {
                    s.execute(sql);
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, FILES.get(v - 1));
                    p.setLong(3, System.currentTimeMillis());
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The schema version of a database (0 when none was applied). */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static boolean applied(Connection c, int v) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
            p.setInt(1, v);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    static List<String> statements(String file, SqlDialect dialect) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("migration " + file + " missing from the build");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + file, e);
        }
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf("--");
            sql.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(sql.toString().replace("{{id}}", dialect.idColumn()).split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
