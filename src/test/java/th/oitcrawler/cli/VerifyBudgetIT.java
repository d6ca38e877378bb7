package th.oitcrawler.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that hangs is cut off by {@code --site-budget-s} and reported; the other agency is still verified. */
class VerifyBudgetIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void hangingSiteIsCutOffAndTheRunGoesOn() throws Exception {
        WireMockServer hang = server();
        WireMockServer ok = server();
        try {
            hang.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(30_000).withBody("<html>slow</html>")));
            ok.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
            ok.stubFor(any(urlEqualTo("/")).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><body><a href=\"/structure.html\">โครงสร้างหน่วยงาน</a></body></html>")));
            ok.stubFor(any(urlEqualTo("/structure.html")).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><head><title>โครงสร้างหน่วยงาน</title></head><body><h1>โครงสร้างหน่วยงาน</h1></body></html>")));
            String h = "http://127.0.0.1:" + hang.port() + "/";
            String o = "http://127.0.0.1:" + ok.port() + "/";
            Path csv = tmp.resolve("s.csv");
            Files.writeString(csv, "agency,homepage,item,url\n"
                    + "ช้า," + h + ",O1," + h + "structure.html\n"
                    + "ช้า," + h + ",O2," + h + "exec.html\n"
                    + "ปกติ," + o + ",O1," + o + "structure.html\n", StandardCharsets.UTF_8);
            Path out = tmp.resolve("out");
            CliRunner r = CliRunner.run("verify", "--submissions", csv.toString(), "--checklist", "ita-2568",
                    "--as-of", "2025-06-30", "--delay-ms", "0", "--site-budget-s", "10", "--out", out.toString());

            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains("ช้า: cut off after the site budget of 10 s (during the crawl)"), r.err());
            JsonNode report = JSON.readTree(out.resolve("verify.json").toFile());
            JsonNode slow = report.get("agencies").get(0);
            assertTrue(slow.get("cutOff").asBoolean());
            for (int i = 0; i < 2; i++) {
                JsonNode row = report.get("rows").get(i);
                assertEquals("NOT_CHECKED", row.get("access").asText());
                assertEquals("NEEDS_REVIEW", row.get("verdict").asText());
                assertTrue(row.get("reasons").get(0).get("en").asText().startsWith("site cut off after its 10 s budget"));
            }
            JsonNode fine = report.get("rows").get(2);
            assertFalse(report.get("agencies").get(1).get("cutOff").asBoolean(), report.get("agencies").toString());
            assertEquals("LIVE", fine.get("access").asText());
            assertEquals(1, fine.get("clicks").asInt());
        } finally {
            hang.stop();
            ok.stop();
        }
    }

    private static WireMockServer server() {
        WireMockServer s = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").notifier(new Slf4jNotifier(false)));
        s.start();
        return s;
    }
}
