package th.oitcrawler.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import th.oitcrawler.evidence.WarcArchive;
import th.oitcrawler.fixture.FixtureWireMock;

/**
 * {@code verify} end to end on loopback (issue 4 acceptance): three agencies in one CSV — the demo
 * fixture, verdicts-2569 with its Drive-like host, and an "edge" site built here with a redirect chain,
 * a 500, blocked and login-walled Drive-like links and a self-signed https page — plus malformed rows.
 * The WARC files are read back with jwarc and every payload hash checked against the manifest.
 */
class VerifyCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FixtureWireMock demo;
    private static FixtureWireMock v2569;
    private static WireMockServer edge;
    private static WireMockServer drive;

    @TempDir
    Path tmp;

    @BeforeAll
    static void serve() throws IOException {
        demo = FixtureWireMock.start("demo");
        v2569 = FixtureWireMock.start("verdicts-2569");
        edge = new WireMockServer(options().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1")
                .notifier(new Slf4jNotifier(false)));
        edge.start();
        drive = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").notifier(new Slf4jNotifier(false)));
        drive.start();
        edgeSite();
    }

    private static void edgeSite() {
        String html = "text/html; charset=utf-8";
        edge.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withBody("not here")));
        edge.stubFor(any(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
        edge.stubFor(any(urlEqualTo("/")).willReturn(aResponse().withHeader("Content-Type", html).withBody(
                "<html><head><title>อบต.ทดสอบ</title></head><body><a href=\"/ita.html\">ITA 2568</a>"
                        + " <a href=\"/old-structure\">โครงสร้างหน่วยงาน</a> <a href=\"/o2.html\">ข้อมูลผู้บริหาร</a></body></html>")));
        edge.stubFor(any(urlEqualTo("/ita.html")).willReturn(aResponse().withHeader("Content-Type", html).withBody(
                "<html><body><h1>ITA 2568</h1><a href=\"" + driveUrl() + "/file/d/locked/view\">O5 แผนพัฒนาท้องถิ่น</a></body></html>")));
        edge.stubFor(any(urlEqualTo("/old-structure")).willReturn(aResponse().withStatus(301).withHeader("Location", "/mid-structure")));
        edge.stubFor(any(urlEqualTo("/mid-structure")).willReturn(aResponse().withStatus(302).withHeader("Location", "/structure.html")));
        edge.stubFor(any(urlEqualTo("/structure.html")).willReturn(aResponse().withHeader("Content-Type", html)
                .withHeader("Last-Modified", "Mon, 02 Jun 2025 03:00:00 GMT").withHeader("ETag", "\"s1\"").withBody(
                "<html><head><title>โครงสร้างหน่วยงาน</title></head><body><h1>โครงสร้างองค์การบริหารส่วนตำบลทดสอบ</h1>"
                        + "<p>ปรับปรุง 1 มิถุนายน 2568</p></body></html>")));
        edge.stubFor(any(urlEqualTo("/o2.html")).willReturn(aResponse().withStatus(500).withBody("database error")));
        edge.stubFor(any(urlEqualTo("/secure/o3.html")).willReturn(aResponse().withHeader("Content-Type", html).withBody(
                "<html><head><title>ข้อมูลการติดต่อ</title></head><body><h1>ข้อมูลการติดต่อ</h1><p>โทร 0 5555 5555</p></body></html>")));
        drive.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        drive.stubFor(any(urlEqualTo("/file/d/locked/view")).willReturn(aResponse().withStatus(403).withBody("Access denied")));
        drive.stubFor(any(urlEqualTo("/file/d/private/view")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/ServiceLogin?continue=x")));
        drive.stubFor(any(urlEqualTo("/ServiceLogin?continue=x")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("<html><title>Sign in</title></html>")));
    }

    private static String edgeUrl() {
        return "http://127.0.0.1:" + edge.port();
    }

    private static String driveUrl() {
        return "http://127.0.0.1:" + drive.port();
    }

    @AfterAll
    static void stop() {
        demo.close();
        v2569.close();
        edge.stop();
        drive.stop();
    }

    private Path submissions() throws IOException {
        String d = demo.homepage();
        String v = v2569.homepage();
        String e = edgeUrl() + "/";
        String csv = "\uFEFFagency,homepage,item,url\r\n"
                + "เทศบาลตำบลตัวอย่าง," + d + ",O20," + demo.site().expand("{{host:www}}/news/view.php?id=198") + "\r\n"
                + "เทศบาลตำบลตัวอย่าง," + d + ",O23," + demo.site().expand("{{host:www}}/ita/2568/o23.html") + "\r\n"
                + "เทศบาลตำบลตัวอย่าง," + d + ",O19," + demo.site().expand("{{host:www}}/ita/2568/files/complaint-stat-2568.pdf") + "\r\n"
                + "\r\n"
                + "\"อบต. ตัวอย่าง, 2569\"," + v + ",O23," + v2569.site().expand("{{host:drive}}/file/d/1O23Xplan2569/view") + "\r\n"
                + "อบต.ทดสอบ," + e + ",O1," + e + "old-structure\r\n"
                + "อบต.ทดสอบ," + e + ",O2," + e + "o2.html\r\n"
                + "อบต.ทดสอบ," + e + ",O3,https://127.0.0.1:" + edge.httpsPort() + "/secure/o3.html\r\n"
                + "อบต.ทดสอบ," + e + ",O5," + driveUrl() + "/file/d/locked/view\r\n"
                + "อบต.ทดสอบ," + e + ",O6," + driveUrl() + "/file/d/private/view\r\n"
                + "อบต.ทดสอบ," + e + ",O1\r\n"
                + "อบต.ทดสอบ," + e + ",O99," + e + "x.html\r\n";
        Path file = tmp.resolve("submissions.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void verifiesEveryRowPreservesEvidenceAndReportsBadRows() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("verify", "--submissions", submissions().toString(), "--checklist", "ita-2568",
                "--as-of", "2025-06-30", "--delay-ms", "0", "--timeout-ms", "5000", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("submissions.csv:12: expected 4 fields agency,homepage,item,url but found 3"), r.err());
        assertTrue(r.err().contains("submissions.csv:13: unknown item \"O99\""), r.err());

        JsonNode report = JSON.readTree(out.resolve("verify.json").toFile());
        Map<Integer, JsonNode> rows = new HashMap<>();
        report.get("rows").forEach(n -> rows.put(n.get("line").asInt(), n));
        assertEquals(Set.of(2, 3, 4, 6, 7, 8, 9, 10, 11), rows.keySet());
        assertEquals(3, report.get("agencies").size());

        JsonNode threeClicks = rows.get(2);
        assertEquals(3, threeClicks.get("clicks").asInt(), threeClicks.toString());
        assertEquals(4, threeClicks.get("clickPath").size());
        assertEquals(3, threeClicks.get("clickPathPreserved").size(), "homepage and the two pages between");
        for (int i = 0; i < 3; i++) {
            assertEquals(threeClicks.get("clickPath").get(i).get("url").asText(),
                    threeClicks.get("clickPathPreserved").get(i).get("url").asText());
        }

        JsonNode orphan = rows.get(3);
        assertEquals("NOT_REACHABLE", orphan.get("verdict").asText());
        assertFalse(orphan.get("reachable").asBoolean());
        assertEquals(200, orphan.get("status").asInt());

        JsonNode missing = rows.get(4);
        assertEquals("BROKEN", missing.get("verdict").asText());
        assertEquals("MISSING", missing.get("access").asText());
        assertEquals(404, missing.get("status").asInt());

        JsonNode driveDoc = rows.get(6);
        assertTrue(driveDoc.get("outbound").asBoolean());
        assertEquals(200, driveDoc.get("headStatus").asInt());
        assertEquals("LIVE", driveDoc.get("access").asText());
        assertEquals(2, driveDoc.get("preserved").size(), "HEAD and GET both preserved");

        JsonNode chain = rows.get(7);
        assertEquals(2, chain.get("redirects").size());
        assertEquals(301, chain.get("redirects").get(0).get("status").asInt());
        assertEquals(302, chain.get("redirects").get(1).get("status").asInt());
        assertEquals(edgeUrl() + "/structure.html", chain.get("finalUrl").asText());
        assertEquals("\"s1\"", chain.get("etag").asText());
        assertEquals("Mon, 02 Jun 2025 03:00:00 GMT", chain.get("lastModified").asText());
        assertTrue(chain.get("reachable").asBoolean());
        assertTrue(chain.get("fiscalYears").toString().contains("2568"), chain.toString());
        assertEquals(3, chain.get("preserved").size(), "both redirects and the page");

        JsonNode serverError = rows.get(8);
        assertEquals(500, serverError.get("status").asInt());
        assertEquals("SERVER_ERROR", serverError.get("access").asText());
        assertEquals("BROKEN", serverError.get("verdict").asText());

        JsonNode selfSigned = rows.get(9);
        assertTrue(selfSigned.get("tls").toString().contains("SELF_SIGNED"), selfSigned.toString());
        assertEquals(200, selfSigned.get("status").asInt(), "read after naming the problem");
        assertFalse(selfSigned.get("verdict").asText().equals("PASS"));

        assertEquals("BLOCKED", rows.get(10).get("access").asText());
        assertEquals("NEEDS_REVIEW", rows.get(10).get("verdict").asText());
        assertEquals(403, rows.get(10).get("status").asInt());
        assertEquals("BLOCKED", rows.get(11).get("access").asText(), "redirect to a login page");
        assertEquals("NEEDS_REVIEW", rows.get(11).get("verdict").asText());

        agenciesShareNothing(report, out);
        warcMatchesManifest(out);
        outputsAreSafe(out);
    }

    private static void agenciesShareNothing(JsonNode report, Path out) throws IOException {
        Set<String> files = new HashSet<>();
        for (JsonNode a : report.get("agencies")) {
            assertTrue(files.add(a.get("warcFile").asText()));
            String origin = a.get("homepage").asText().replaceAll("^(https?://[^/]+).*", "$1");
            try (WarcReader reader = new WarcReader(out.resolve(a.get("warcFile").asText()))) {
                for (WarcRecord rec : reader) {
                    if (rec instanceof WarcResponse resp && resp.target().startsWith("http://127.0.0.1")) {
                        String t = resp.target();
                        boolean own = t.startsWith(origin) || !List.of(demo.homepage(), v2569.homepage(), edgeUrl())
                                .stream().map(h -> h.replaceAll("^(https?://[^/]+).*", "$1")).anyMatch(t::startsWith);
                        assertTrue(own, a.get("agency").asText() + " holds another agency's page " + t);
                    }
                }
            }
        }
    }

    private static void warcMatchesManifest(Path out) throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertTrue(manifest.get("records").size() >= 15, manifest.toString());
        Map<String, byte[]> payloads = new HashMap<>();
        Map<String, String> requestFor = new HashMap<>();
        List<Path> warcs;
        try (var s = Files.list(out.resolve("warc"))) {
            warcs = s.toList();
        }
        for (Path warc : warcs) {
            try (WarcReader reader = new WarcReader(warc)) {
                for (WarcRecord rec : reader) {
                    if (rec instanceof WarcResponse resp) {
                        try (InputStream in = resp.http().body().stream()) {
                            payloads.put(resp.id().toString(), in.readAllBytes());
                        }
                    } else if (rec instanceof WarcRequest req) {
                        requestFor.put(req.concurrentTo().get(0).toString(), req.target());
                    }
                }
            }
        }
        List<String> checked = new ArrayList<>();
        for (JsonNode m : manifest.get("records")) {
            String id = m.get("recordId").asText();
            byte[] payload = payloads.get(id);
            assertNotNull(payload, "record " + id + " of the manifest is in a WARC file");
            assertEquals(m.get("sha256").asText(), HexFormat.of().formatHex(WarcArchive.sha256(payload)), m.toString());
            assertEquals(m.get("url").asText(), requestFor.get(id), "a request record goes with each response");
            assertNotNull(m.get("fetchedAt").asText());
            assertNotNull(m.get("verdict").asText());
            checked.add(id);
        }
        assertEquals(payloads.keySet(), new HashSet<>(checked), "every preserved response is in the manifest");
    }

    private static void outputsAreSafe(Path out) throws IOException {
        byte[] csv = Files.readAllBytes(out.resolve("verify.csv"));
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM for Excel");
        String html = Files.readString(out.resolve("verify.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"th\">"));
        assertTrue(html.contains("อบต. ตัวอย่าง, 2569"));
        assertTrue(html.contains("href=\"./warc/agency-01.warc.gz\""));
    }
}
