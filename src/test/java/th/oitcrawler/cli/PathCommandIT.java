package th.oitcrawler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.oitcrawler.fixture.FixtureWireMock;

class PathCommandIT {
    @Test
    void printsTheClickPathWithAnchorTexts() throws Exception {
        try (FixtureWireMock site = FixtureWireMock.start("demo")) {
            String target = site.site().origin("www") + "/news/view.php?id=198";
            CliRunner r = CliRunner.run("path", site.homepage(), target, "--delay-ms", "0");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("เส้นทางคลิก (3 ขั้น):"), r.out());
            assertTrue(r.out().strip().endsWith(target), r.out());
        }
    }

    @Test
    void saysPlainlyWhenAnExistingPageIsNotReachable() throws Exception {
        try (FixtureWireMock site = FixtureWireMock.start("demo")) {
            String orphan = site.site().origin("www") + "/ita/2568/o23.html";
            CliRunner r = CliRunner.run("path", site.homepage(), orphan, "--delay-ms", "0", "--lang", "en");
            assertEquals(ExitCodes.ITEMS_FAIL, r.exitCode(), r.err());
            assertTrue(r.out().startsWith("NOT REACHABLE: no chain of links from the homepage leads to " + orphan), r.out());
            assertTrue(r.out().contains("the URL itself answers (HTTP 200)"), r.out());
        }
    }
}
