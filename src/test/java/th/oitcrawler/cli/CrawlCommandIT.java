package th.oitcrawler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.oitcrawler.fixture.FixtureWireMock;

class CrawlCommandIT {
    @TempDir
    Path tmp;

    @Test
    void writesGraphJsonByTheContract() throws Exception {
        try (FixtureWireMock site = FixtureWireMock.start("demo")) {
            CliRunner r = CliRunner.run("crawl", site.homepage(), "--out", tmp.toString(), "--delay-ms", "0");
            assertEquals(0, r.exitCode(), r.err());
            JsonNode g = new ObjectMapper().readTree(tmp.resolve("graph.json").toFile());
            assertEquals(site.homepage(), g.get("homepage").asText());
            JsonNode home = g.get("nodes").get(0);
            assertEquals(0, home.get("depth").asInt());
            assertEquals("page", home.get("kind").asText());
            assertEquals(200, home.get("status").asInt());
            assertEquals(site.homepage(), home.get("clickPath").get(0).get("url").asText());
            boolean sawUnreachable = false;
            for (JsonNode n : g.get("nodes")) {
                if (n.get("depth").isNull()) {
                    sawUnreachable = true;
                    assertTrue(n.get("clickPath").isNull());
                } else {
                    JsonNode path = n.get("clickPath");
                    assertEquals(n.get("depth").asInt() >= 0, path.size() >= 1);
                    assertEquals(n.get("url").asText(), path.get(path.size() - 1).get("url").asText());
                }
            }
            assertTrue(g.get("edges").size() > 100);
            JsonNode e = g.get("edges").get(0);
            assertTrue(e.has("from") && e.has("to") && e.has("anchor") && e.has("how"));
            assertTrue(r.out().contains("หน้าเว็บ: "), r.out());
            assertTrue(!sawUnreachable || g.get("nodes").size() > 0);
        }
    }

    @Test
    void allowPrivateLetsALoopbackCrawlRun() throws Exception {
        try (FixtureWireMock site = FixtureWireMock.start("demo")) {
            CliRunner r = CliRunner.run("crawl", site.homepage(), "--out", tmp.toString(), "--delay-ms", "0",
                    "--allow-private");
            assertEquals(0, r.exitCode(), r.err());
            JsonNode g = new ObjectMapper().readTree(tmp.resolve("graph.json").toFile());
            assertEquals("ok", g.get("siteStatus").asText());
            assertEquals("ok", g.get("nodes").get(0).get("fetchStatus").asText());
            for (JsonNode n : g.get("nodes")) {
                assertTrue(!n.has("fetchStatus") || !n.get("fetchStatus").asText().equals("blocked-private-address"),
                        n.toString());
            }
        }
    }

    @Test
    void malformedHomepageIsExit2WithOneClearLine() {
        CliRunner r = CliRunner.run("crawl", "http://exa mple .go.th/<>", "--out", tmp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("oit-crawler: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void nonHttpHomepageIsExit2() {
        CliRunner r = CliRunner.run("crawl", "ftp://a.go.th/", "--out", tmp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("oit-crawler: not an http(s) URL: \"ftp://a.go.th/\"", r.err().strip());
    }

    @Test
    void unreachableHostIsExit3AndStillWritesTheGraph() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        CliRunner r = CliRunner.run("crawl", "http://127.0.0.1:" + port + "/", "--out", tmp.toString(),
                "--timeout-ms", "2000");
        assertEquals(ExitCodes.HOMEPAGE_UNREACHABLE, r.exitCode(), r.err());
        assertTrue(r.err().contains("เปิดหน้าแรกไม่ได้") && r.err().contains("refused"), r.err());
        assertTrue(Files.exists(tmp.resolve("graph.json")));
    }

    @Test
    void unwritableOutputFolderIsExit2BeforeAnyCrawl() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        CliRunner r = CliRunner.run("crawl", "http://127.0.0.1:1/", "--out", file.resolve("sub").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("oit-crawler: cannot write to output folder"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void badOptionValueIsExit2() {
        CliRunner r = CliRunner.run("crawl", "http://a.go.th/", "--out", tmp.toString(), "--max-depth", "lots");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    }

    @Test
    void trapSiteEndsWithinItsLimitsAndSaysWhichLimitWasHit() throws Exception {
        try (FixtureWireMock site = FixtureWireMock.start("trap")) {
            CliRunner r = CliRunner.run("crawl", site.homepage(), "--out", tmp.toString(), "--delay-ms", "0", "--lang", "en");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("limit hit: more clicks from the homepage than --max-depth"), r.out());
            assertTrue(r.out().contains("limit hit: a path segment repeats (crawler trap)"), r.out());
            JsonNode g = new ObjectMapper().readTree(tmp.resolve("graph.json").toFile());
            assertTrue(g.get("crawl").get("pages").asInt() < 200, "pages " + g.get("crawl").get("pages"));
            assertTrue(g.get("crawl").get("limitsHit").size() >= 2);
        }
    }
}
