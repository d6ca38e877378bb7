package th.oitcrawler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.oitcrawler.fixture.FixtureWireMock;

/** {@code check} end to end on the demo fixture: the files, the report.json contract, exit codes, bad input. */
class CheckCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> VERDICTS = Set.of("PASS", "NOT_REACHABLE", "STALE", "NOT_FOUND", "BROKEN",
            "WRONG_CONTENT", "NEEDS_REVIEW");
    private static FixtureWireMock site;

    @TempDir
    Path tmp;

    @BeforeAll
    static void serve() throws IOException {
        site = FixtureWireMock.start("demo");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private Path evidenceCsv(String extraRows) throws IOException {
        Path csv = tmp.resolve("evidence.csv");
        String rows = Files.readString(Path.of("fixtures/demo/evidence.csv"), StandardCharsets.UTF_8) + extraRows;
        Files.writeString(csv, "\uFEFF" + site.site().expand(rows), StandardCharsets.UTF_8);
        return csv;
    }

    private CliRunner check(String... extra) {
        String[] base = {"check", site.homepage(), "--checklist", "ita-2568", "--as-of", "2025-06-30",
                "--delay-ms", "0", "--out", tmp.resolve("out").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    @Test
    void writesReportsByTheContractAndExits1WhenItemsFail() throws Exception {
        CliRunner r = check("--evidence", evidenceCsv("").toString());
        assertEquals(ExitCodes.ITEMS_FAIL, r.exitCode(), r.err());
        Path out = tmp.resolve("out");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertEquals(site.homepage(), report.get("homepage").asText());
        assertEquals("ita-2568", report.get("checklist").asText());
        assertEquals("2025-06-30", report.get("asOf").asText());
        for (String f : new String[] {"pages", "documents", "outbound", "errors"}) {
            assertTrue(report.get("crawl").get(f).isInt(), f);
        }
        assertEquals(28, report.get("items").size());
        Map<String, String> verdicts = new HashMap<>();
        for (JsonNode item : report.get("items")) {
            String verdict = item.get("verdict").asText();
            verdicts.put(item.get("code").asText(), verdict);
            assertTrue(VERDICTS.contains(verdict), verdict);
            assertFalse(item.get("title").asText().isBlank());
            assertTrue(item.get("reasons").isArray());
            assertEquals(verdict.equals("PASS"), item.get("reasons").isEmpty(), item.get("code") + " reasons");
            for (JsonNode e : item.get("evidence")) {
                assertTrue(e.get("url").asText().startsWith("http"));
                JsonNode path = e.get("clickPath");
                assertTrue(path.isArray());
                if (!path.isEmpty()) {
                    assertEquals(site.homepage(), path.get(0).get("url").asText());
                    assertEquals(e.get("url").asText(), path.get(path.size() - 1).get("url").asText());
                }
            }
        }
        assertEquals("NOT_REACHABLE", verdicts.get("O23"));
        assertEquals("PASS", verdicts.get("O1"));
        JsonNode o23 = report.get("items").get(22).get("evidence").get(0);
        assertTrue(o23.get("clickPath").isEmpty(), "an unreachable item's click path is empty");
        assertEquals(78.57, report.get("score").get("overall").asDouble(), 0.01);

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("lang=\"th\""));
        assertTrue(html.contains("ไม่มีลิงก์จากหน้าแรก"), "Thai verdict label in the HTML report");
        assertTrue(Files.readString(out.resolve("items.csv"), StandardCharsets.UTF_8).startsWith("\uFEFF"));
        assertTrue(Files.exists(out.resolve("graph.json")));
        assertTrue(r.out().contains("O23  NOT_REACHABLE"), r.out());
        assertTrue(r.out().contains("report.html"), r.out());
    }

    @Test
    void badEvidenceRowsAreNamedByLineAndTheGoodRowsStillChecked() throws Exception {
        CliRunner r = check("--evidence", evidenceCsv("O99,http://example.org/x\nO5,not a url\n").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("evidence.csv:5: unknown item \"O99\""), r.err());
        assertTrue(r.err().contains("evidence.csv:6: not an http(s) URL"), r.err());
        JsonNode report = JSON.readTree(tmp.resolve("out/report.json").toFile());
        assertEquals("NOT_REACHABLE", report.get("items").get(22).get("verdict").asText(),
                "the good O23 row was still checked");
    }

    @Test
    void unknownChecklistIsExit2BeforeAnyCrawl() {
        CliRunner r = CliRunner.run("check", site.homepage(), "--checklist", "ita-2599", "--out", tmp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("unknown checklist") && r.err().contains("ita-2568"), r.err());
        assertFalse(Files.exists(tmp.resolve("report.json")));
    }

    @Test
    void badAsOfIsExit2() {
        CliRunner r = CliRunner.run("check", site.homepage(), "--checklist", "ita-2568", "--as-of", "30/06/2568",
                "--out", tmp.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("--as-of \"30/06/2568\""), r.err());
        CliRunner feb30 = CliRunner.run("check", site.homepage(), "--checklist", "ita-2568", "--as-of", "2025-02-30",
                "--out", tmp.toString());
        assertEquals(ExitCodes.BAD_INPUT, feb30.exitCode());
    }

    @Test
    void buddhistEraAsOfInThaiDigitsIsRead() {
        assertEquals(java.time.LocalDate.of(2025, 6, 30), AsOfDates.parse("๒๕๖๘-๐๖-๓๐"));
        assertEquals(java.time.LocalDate.of(2025, 6, 30), AsOfDates.parse("2025-06-30"));
    }

    @Test
    void unreachableHomepageIsExit3AndEveryItemNeedsReview() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRunner r = CliRunner.run("check", "http://127.0.0.1:" + port + "/", "--checklist", "ita-2569",
                "--out", tmp.toString(), "--timeout-ms", "2000");
        assertEquals(ExitCodes.HOMEPAGE_UNREACHABLE, r.exitCode(), r.err());
        JsonNode report = JSON.readTree(tmp.resolve("report.json").toFile());
        for (JsonNode item : report.get("items")) {
            assertEquals("NEEDS_REVIEW", item.get("verdict").asText(), item.get("code").asText());
        }
    }

    @Test
    void demoRunsTheFullCheckAndSaysWhereTheReportIs() throws Exception {
        CliRunner r = CliRunner.run("demo", "--out", tmp.resolve("demo").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(Files.exists(tmp.resolve("demo/report.html")));
        assertTrue(r.out().contains(tmp.resolve("demo/report.html").toAbsolutePath().toString()), r.out());
        assertTrue(r.out().contains("O19  BROKEN"), r.out());
    }
}
