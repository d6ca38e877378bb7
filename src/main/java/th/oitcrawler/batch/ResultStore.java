package th.oitcrawler.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The results database of {@code scan} and {@code diff}: a SQLite file by default, PostgreSQL when
 * given a {@code jdbc:postgresql:} URL; the same schema on both ({@link Migrations}). One connection,
 * used by one thread at a time: every operation is a short transaction (claim a site, record a site's
 * result), so a scan's many crawl threads take turns. Thread-safe.
 */
public final class ResultStore implements AutoCloseable {
    /** Default file name of the SQLite store inside a scan's output folder. */
    public static final String DEFAULT_FILE = "scan.db";

    private final String url;
    private final SqlDialect dialect;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private ResultStore(String url, SqlDialect dialect, Connection connection) {
        this.url = url;
        this.dialect = dialect;
        this.connection = connection;
    }

    /** The JDBC URL of the default store in {@code outDir}. */
    public static String defaultUrl(Path outDir) {
        return "jdbc:sqlite:" + outDir.resolve(DEFAULT_FILE).toAbsolutePath();
    }

    /**
     * Opens (creating when needed) and migrates the store.
     *
     * @throws IllegalArgumentException for a URL that is neither SQLite nor PostgreSQL
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static ResultStore open(String jdbcUrl) {
        SqlDialect dialect = SqlDialect.of(jdbcUrl);
        try {
            Connection c = dialect == SqlDialect.SQLITE ? sqlite(jdbcUrl) : DriverManager.getConnection(jdbcUrl);
            c.setAutoCommit(false);
            Migrations.apply(c, dialect);
            return new ResultStore(jdbcUrl, dialect, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open the results database " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    private static Connection sqlite(String url) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);        // readers never block the writer
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // WAL + NORMAL: durable at checkpoints, never corrupt
        cfg.setBusyTimeout(60_000);                              // other scan processes on the same file
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // a claim's read and write are one writer's
        cfg.enforceForeignKeys(true);
        return DriverManager.getConnection(url, cfg.toProperties());
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** Work inside one transaction; committed when it returns, rolled back when it throws. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T transaction(String what, Work<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw new StoreException(what + " failed in " + redact(url) + ": " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the database rolls the transaction back itself
        }
    }

    /** The URL without a password, for messages. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing left to save
        } finally {
            lock.unlock();
        }
    }
}
