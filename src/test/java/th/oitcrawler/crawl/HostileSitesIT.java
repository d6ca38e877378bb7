package th.oitcrawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.oitcrawler.crawl.net.TableNameService;
import th.oitcrawler.graph.Node;
import th.oitcrawler.graph.NodeKind;

/**
 * The torture suite (issue 6): one WireMock site with every fault its fault injection and delays
 * can produce, crawled once. Each faulty page must carry its documented {@link FetchStatus} and the
 * crawl must still complete. Timeouts are short so the whole class runs in seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSitesIT {
    static final int CAP = 64 * 1024;
    private WireMockServer server;
    private CrawlResult result;
    private String home;

    @BeforeAll
    void crawlTheTortureSite() throws Exception {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
        server.start();
        home = "http://site.test:" + server.port() + "/";
        StringBuilder links = new StringBuilder();
        for (String p : FAULTS.keySet()) {
            links.append("<a href=\"").append(p).append("\">").append(p).append("</a>\n");
        }
        links.append("<a href=\"http://www.site.test:").append(server.port()).append("/nx\">dns</a>");
        html("/", links.toString());
        server.stubFor(get(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlEqualTo("/empty")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        server.stubFor(get(urlEqualTo("/random")).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        server.stubFor(get(urlEqualTo("/garbage")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        server.stubFor(get(urlEqualTo("/slow")).willReturn(htmlResponse("late").withFixedDelay(6000)));
        server.stubFor(get(urlEqualTo("/drip")).willReturn(htmlResponse("x".repeat(2000)).withChunkedDribbleDelay(20, 8000)));
        server.stubFor(get(urlEqualTo("/bomb")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withHeader("Content-Encoding", "gzip").withBody(gzipOfZeros(20 << 20))));
        server.stubFor(get(urlEqualTo("/binary")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody(randomBytes())));
        server.stubFor(get(urlEqualTo("/pdf-as-html")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("%PDF-1.4\n%âãÏÓ\n1 0 obj")));
        server.stubFor(get(urlEqualTo("/limited")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        server.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")).willSetStateTo("ready"));
        server.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(htmlResponse("back")));
        server.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        server.stubFor(get(urlEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)));
        server.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlEqualTo("/broken")).willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlEqualTo("/loop-a")).willReturn(aResponse().withStatus(302).withHeader("Location", "/loop-b")));
        server.stubFor(get(urlEqualTo("/loop-b")).willReturn(aResponse().withStatus(302).withHeader("Location", "/loop-a")));
        html("/refresh-a", "<meta http-equiv=\"refresh\" content=\"0; url=/refresh-b\">");
        html("/refresh-b", "<meta http-equiv=\"refresh\" content=\"0; url=/refresh-a\">");
        for (int i = 0; i < 25; i++) {
            server.stubFor(get(urlEqualTo("/hop/" + i)).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "/hop/" + (i + 1))));
        }
        html("/big", "<a href=\"/after-big\">ต่อ</a>" + "<p>ข้อมูล</p>".repeat(20_000));
        html("/after-big", "read from the head of a big page");
        html("/trap/a/a/a/x", "never");
        html(urlPathMatching("/nx.*"), "never");
        warmUp();
        TableNameService dns = new TableNameService().answer("site.test", new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        result = SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(home)).delayMs(0).respectRobots(false)
                .threads(4).connectTimeoutMs(2000).readTimeoutMs(2000).pageTimeoutMs(3000).maxRetryWaitMs(1000)
                .maxDownloadBytes(CAP).errorPauseMs(0).nameService(dns).build());
    }

    static final Map<String, FetchStatus> FAULTS = new java.util.LinkedHashMap<>();

    static {
        FAULTS.put("/reset", FetchStatus.CONNECTION_RESET);
        FAULTS.put("/empty", FetchStatus.EMPTY_RESPONSE);
        FAULTS.put("/garbage", FetchStatus.BAD_RESPONSE);
        FAULTS.put("/random", FetchStatus.EMPTY_RESPONSE); // garbage without a status line: no HTTP answer at all
        FAULTS.put("/slow", FetchStatus.READ_TIMEOUT);
        FAULTS.put("/drip", FetchStatus.PAGE_TIMEOUT);
        FAULTS.put("/bomb", FetchStatus.DECOMPRESSION_BOMB);
        FAULTS.put("/binary", FetchStatus.BINARY_AS_HTML);
        FAULTS.put("/pdf-as-html", FetchStatus.OK);
        FAULTS.put("/limited", FetchStatus.HTTP_429);
        FAULTS.put("/busy", FetchStatus.OK);
        FAULTS.put("/down", FetchStatus.HTTP_503);
        FAULTS.put("/forbidden", FetchStatus.HTTP_403_BLOCKED);
        FAULTS.put("/gone", FetchStatus.HTTP_4XX);
        FAULTS.put("/broken", FetchStatus.HTTP_5XX);
        FAULTS.put("/loop-a", FetchStatus.REDIRECT_LOOP);
        FAULTS.put("/refresh-a", FetchStatus.META_REFRESH_LOOP);
        FAULTS.put("/hop/0", FetchStatus.OK); // the first hop is a fine redirect; the 11th target is refused
        FAULTS.put("/big", FetchStatus.OVERSIZED_BODY);
        FAULTS.put("/trap/a/a/a/x", FetchStatus.TRAP_LIMIT);
    }

    /** WireMock's first answer can take a second on a busy machine: not a fault under test. */
    private void warmUp() throws Exception {
        var c = (java.net.HttpURLConnection) new java.net.URL("http://127.0.0.1:" + server.port() + "/gone").openConnection();
        c.getResponseCode();
        c.disconnect();
        server.resetRequests();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder htmlResponse(String body) {
        return aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html><body>" + body + "</body></html>");
    }

    private void html(String path, String body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(htmlResponse(body)));
    }

    private void html(com.github.tomakehurst.wiremock.matching.UrlPattern p, String body) {
        server.stubFor(get(p).willReturn(htmlResponse(body)));
    }

    private static byte[] gzipOfZeros(int n) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < n; i += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4096];
        new Random(6).nextBytes(b);
        b[10] = 0;
        return b;
    }

    private Node node(String path) {
        return result.graph().node(home + path.substring(1)).orElseThrow(() -> new AssertionError("no node " + path));
    }

    @Test
    void everyFaultGivesItsDocumentedStatus() {
        StringBuilder wrong = new StringBuilder();
        FAULTS.forEach((path, want) -> {
            Node n = node(path);
            FetchStatus got = CrawlResult.fetchStatus(n);
            if (got != want) {
                wrong.append(path).append(": want ").append(want).append(", got ").append(got)
                        .append(" (status ").append(n.status()).append(", error ").append(n.error()).append(")\n");
            }
        });
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    @Test
    void theCrawlCompletesAndTheHomepageIsFine() {
        assertEquals(SiteStatus.OK, result.siteStatus(), result.homepageNode().toString());
        assertEquals(FetchStatus.OK, CrawlResult.fetchStatus(result.homepageNode()));
    }

    @Test
    void aHostThatDoesNotResolveIsADnsFailure() {
        Node n = result.graph().node("http://www.site.test:" + server.port() + "/nx").orElseThrow();
        assertEquals(FetchStatus.DNS_FAILURE, CrawlResult.fetchStatus(n), n.error());
    }

    @Test
    void rateLimitsAreRetriedOnceAfterRetryAfter() {
        server.verify(2, getRequestedFor(urlEqualTo("/limited")));
        server.verify(2, getRequestedFor(urlEqualTo("/busy")));
        assertEquals(200, node("/busy").status());
    }

    @Test
    void aRedirectChainIsCutAfterTenHops() {
        Node cut = node("/hop/11");
        assertEquals(FetchStatus.TOO_MANY_REDIRECTS, CrawlResult.fetchStatus(cut), cut.error());
        server.verify(0, getRequestedFor(urlEqualTo("/hop/11")));
        server.verify(1, getRequestedFor(urlEqualTo("/hop/10")));
    }

    @Test
    void anOversizedPageIsStillReadFromItsHead() {
        assertEquals(200, node("/after-big").status());
        assertTrue(node("/big").error().contains("only the first " + CAP), node("/big").error());
    }

    @Test
    void aPdfServedAsHtmlIsADocument() {
        Node n = node("/pdf-as-html");
        assertEquals(NodeKind.DOCUMENT, n.kind());
        assertEquals("application/pdf", n.contentType());
    }

    @Test
    void loopsAreMarkedOnEveryPageOfTheLoop() {
        assertEquals(FetchStatus.REDIRECT_LOOP, CrawlResult.fetchStatus(node("/loop-b")));
        assertEquals(FetchStatus.META_REFRESH_LOOP, CrawlResult.fetchStatus(node("/refresh-b")));
    }
}
