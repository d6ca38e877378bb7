package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: diff between two runs of the demo municipality whose pages changed overnight reports exactly
 * the changes; a site that was down on the second night is unknown, not failing.
 */
class RunDiffIT {
    @TempDir
    Path tmp;

    @Test
    void diffOfTwoRunsReportsExactlyThePagesThatChanged() throws Exception {
        Path night1 = copyDemo(tmp.resolve("night1"));
        Files.delete(night1.resolve("www/executive.html"));           // O2: the executives page is gone
        Path night2 = copyDemo(tmp.resolve("night2"));
        Files.delete(night2.resolve("www/contact.html"));             // O3: the contact page is gone, O2 is back
        try (ScanFixtures f = new ScanFixtures()) {
            LoopbackSiteServer demo = LoopbackSiteServer.start("127.0.0.90", night1, 0);
            f.add("demo", demo);
            LoopbackSiteServer flaky = LoopbackSiteServer.start("127.0.0.91", TinySites.write(tmp.resolve("flaky"), "ทดสอบ"), 0);
            f.add("flaky", flaky);
            Path csv = f.sitesCsv(tmp.resolve("sites.csv"));
            Path out = tmp.resolve("out");
            String[] scan = {"scan", "--sites", csv.toString(), "--checklist", "ita-2568", "--out", out.toString(),
                    "--parallel", "2", "--as-of", "2025-06-30", "--delay-ms", "0"};

            assertEquals(0, ScanFixtures.cli(scan).exitCode());
            demo.serve(night2);
            flaky.close();                                             // down on the second night
            ScanFixtures.Cli second = ScanFixtures.cli(scan);
            assertEquals(0, second.exitCode(), second.err());
            ScanFixtures.Cli diff = ScanFixtures.cli("diff", "--out", out.toString());

            assertEquals(String.join("\n",
                    "# run 1 (ita-2568, as of 2025-06-30) -> run 2 (ita-2568, as of 2025-06-30)",
                    "fixed\tdemo\tO2\tBROKEN\tPASS\tเทศบาลตำบลทดสอบ 1\tลำปาง",
                    "newly-failing\tdemo\tO3\tPASS\tBROKEN\tเทศบาลตำบลทดสอบ 1\tลำปาง",
                    "# unknown in run 2 (down, refusing or failed; not counted as failing): flaky",
                    "# 1 newly failing, 1 fixed, 1 site(s) became unknown", ""), diff.out().replace("\r\n", "\n"));
            assertEquals(1, diff.exitCode(), "something newly fails");
            assertEquals(diff.out(), ScanFixtures.cli("diff", "--out", out.toString(), "--run", "1", "--run", "2").out());
            String dashboard = Files.readString(out.resolve("dashboard.html"));
            assertEquals(true, dashboard.contains("<tr><td>demo</td><td>เทศบาลตำบลทดสอบ 1</td><td>ลำปาง</td><td class=\"n\">1</td>"),
                    dashboard);
        }
    }

    private static Path copyDemo(Path to) throws IOException {
        Path from = Path.of("fixtures/demo");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
