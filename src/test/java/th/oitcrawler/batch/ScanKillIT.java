package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.oitcrawler.checklist.ChecklistLoader;

/** Issue 5: a scan killed with kill -9 halfway and started again ends with every site done exactly once. */
class ScanKillIT {
    @TempDir
    Path tmp;

    @Test
    void scanKilledHalfwayResumesWithEverySiteDoneExactlyOnce() throws Exception {
        int items = ChecklistLoader.load("ita-2568").items().size();
        try (ScanFixtures f = ScanFixtures.tinySites(tmp, 20, 30, 30)) {
            Path csv = f.sitesCsv(tmp.resolve("sites.csv"));
            Path out = tmp.resolve("out");
            List<String> args = List.of("scan", "--sites", csv.toString(), "--checklist", "ita-2568", "--out",
                    out.toString(), "--parallel", "3", "--as-of", "2025-06-30", "--delay-ms", "30");
            List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "th.oitcrawler.cli.Main"));
            command.addAll(args);
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("child.log").toFile()).start();

            Map<String, String> doneBeforeKill = waitForDone(out, child, 5);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(doneBeforeKill.size() < 20, "killed halfway: " + doneBeforeKill.size() + " sites were done");

            ScanFixtures.Cli again = ScanFixtures.cli(args.toArray(String[]::new));

            assertEquals(0, again.exitCode(), again.err());
            assertTrue(again.err().contains("continuing run 1"), again.err());
            try (Connection c = ScanFixtures.sqlite(out)) {
                assertEquals(1, ScanFixtures.count(c, "SELECT COUNT(*) FROM runs"));
                assertEquals(20, ScanFixtures.count(c, "SELECT COUNT(*) FROM run_sites WHERE state = 'DONE' AND status = 'CHECKED'"));
                assertEquals(20L * items, ScanFixtures.count(c, "SELECT COUNT(*) FROM item_verdicts"));
                assertEquals(0, ScanFixtures.count(c, "SELECT COUNT(*) FROM (SELECT site_id FROM item_verdicts "
                        + "GROUP BY site_id HAVING COUNT(*) <> " + items + ")"));
                Map<String, String> after = done(c);
                doneBeforeKill.forEach((site, finished) -> assertEquals(finished, after.get(site), site + " was not redone"));
            }
            for (String site : doneBeforeKill.keySet()) {
                assertEquals(1, f.byId.get(site).hits("/"), site + " was crawled once");
            }
            for (LoopbackSiteServer s : f.servers) {
                assertTrue(s.hits("/") >= 1, s.homepage() + " was crawled");
            }
            assertTrue(Files.isRegularFile(out.resolve("dashboard.html")));
        }
    }

    private static Map<String, String> waitForDone(Path out, Process child, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(out.resolve("scan.db"))) {
                try (Connection c = ScanFixtures.sqlite(out)) {
                    Map<String, String> done = done(c);
                    if (done.size() >= atLeast) {
                        return done;
                    }
                } catch (java.sql.SQLException notYetCreated) {
                    // the child is still creating the schema
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child scan never finished " + atLeast + " sites; alive=" + child.isAlive());
    }

    private static Map<String, String> done(Connection c) throws java.sql.SQLException {
        Map<String, String> m = new TreeMap<>();
        for (String row : ScanFixtures.strings(c, "SELECT site_id || ' ' || finished_at FROM run_sites WHERE state = 'DONE'")) {
            String[] p = row.split(" ");
            m.put(p[0], p[1]);
        }
        return m;
    }
}
