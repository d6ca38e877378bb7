package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.oitcrawler.checklist.ChecklistLoader;

/**
 * Issue 5: two scan workers pointed at one real PostgreSQL (started here, bundled binaries) share one
 * run, claiming with SELECT … FOR UPDATE SKIP LOCKED; no site is done twice.
 */
class TwoWorkersPostgresIT {
    @TempDir
    Path tmp;

    @Test
    void twoWorkersOnOnePostgresSplitARunWithNoSiteDoneTwice() throws Exception {
        int items = ChecklistLoader.load("ita-2568").items().size();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             ScanFixtures f = ScanFixtures.tinySites(tmp, 20, 60, 40)) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Path csv = f.sitesCsv(tmp.resolve("sites.csv"));
            ExecutorService workers = Executors.newFixedThreadPool(2);
            List<Future<ScanFixtures.Cli>> runs = List.of("a", "b").stream()
                    .map(w -> workers.submit(() -> ScanFixtures.cli("scan", "--sites", csv.toString(), "--checklist",
                            "ita-2568", "--out", tmp.resolve("out-" + w).toString(), "--db", url, "--parallel", "2",
                            "--as-of", "2025-06-30", "--delay-ms", "40")))
                    .toList();
            for (Future<ScanFixtures.Cli> r : runs) {
                assertEquals(0, r.get().exitCode(), r.get().err());
            }
            workers.shutdown();

            try (Connection c = DriverManager.getConnection(url)) {
                assertEquals(1, ScanFixtures.count(c, "SELECT COUNT(*) FROM runs"), "both workers joined one run");
                assertEquals(20, ScanFixtures.count(c, "SELECT COUNT(*) FROM run_sites WHERE state = 'DONE'"));
                assertEquals(1, ScanFixtures.count(c, "SELECT MAX(attempts) FROM run_sites"), "no site claimed twice");
                assertEquals(20L * items, ScanFixtures.count(c, "SELECT COUNT(*) FROM item_verdicts"));
                List<String> perWorker = ScanFixtures.strings(c, "SELECT COUNT(*) FROM run_sites GROUP BY worker");
                assertEquals(2, perWorker.size(), "both workers checked sites: " + perWorker);
            }
            for (LoopbackSiteServer s : f.servers) {
                assertEquals(1, s.hits("/"), s.homepage() + " crawled exactly once");
            }
            assertTrue(Files.isRegularFile(tmp.resolve("out-a/dashboard.html"))
                    || Files.isRegularFile(tmp.resolve("out-b/dashboard.html")), "the last worker wrote the summary");
        }
    }
}
