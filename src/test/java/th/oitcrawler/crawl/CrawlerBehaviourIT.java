package th.oitcrawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One server behaviour per test, served by WireMock on loopback. */
class CrawlerBehaviourIT {
    private WireMockServer server;
    private String base;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void page(String path, String body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body>" + body + "</body></html>")));
    }

    private CrawlResult crawl(CrawlOptions.Builder b) throws CrawlException {
        return SiteCrawler.create().crawl(b.build());
    }

    @Test
    void robotsTxtIsObeyedUnlessIgnored() throws Exception {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /private/\n")));
        page("/", "<a href=\"/private/a.html\">ลับ</a><a href=\"/open.html\">เปิด</a>");
        page("/open.html", "x");
        page("/private/a.html", "x");
        CrawlResult r = crawl(CrawlOptions.builder(URI.create(base + "/")).delayMs(0));
        server.verify(0, getRequestedFor(urlEqualTo("/private/a.html")));
        assertTrue(r.limitsHit().containsKey(Limit.ROBOTS));
        crawl(CrawlOptions.builder(URI.create(base + "/")).delayMs(0).respectRobots(false));
        server.verify(1, getRequestedFor(urlEqualTo("/private/a.html")));
    }

    @Test
    void userAgentNamesTheToolAndVersion() throws Exception {
        page("/", "hello");
        crawl(CrawlOptions.builder(URI.create(base + "/")).delayMs(0));
        String ua = server.getAllServeEvents().get(0).getRequest().getHeader("User-Agent");
        assertTrue(ua.startsWith("oit-crawler/"), ua);
    }

    @Test
    void politenessDelaySpacesRequestsToOneHostEvenWithManyThreads() throws Exception {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            links.append("<a href=\"/p").append(i).append(".html\">").append(i).append("</a>");
            page("/p" + i + ".html", "x");
        }
        page("/", links.toString());
        crawl(CrawlOptions.builder(URI.create(base + "/")).delayMs(150).threads(8).respectRobots(false));
        List<Long> times = server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(r -> r.getLoggedDate().getTime()).sorted().toList();
        assertEquals(9, times.size());
        // Slots are reserved 150 ms apart before each request is sent; the server sees arrival times,
        // which a busy CPU can shift (seen on 2 loaded cores: one request 200 ms late, the next on time,
        // a 16 ms gap between them). So: most gaps are near the delay, and the whole run spans the slots.
        // Without politeness 8 threads arrive within a few ms of each other.
        long spaced = 0;
        for (int i = 1; i < times.size(); i++) {
            spaced += times.get(i) - times.get(i - 1) >= 100 ? 1 : 0;
        }
        assertTrue(spaced >= 6, "gaps of at least 100 ms: " + spaced + " of 8: " + times);
        assertTrue(times.get(times.size() - 1) - times.get(0) >= 8 * 150 - 200, "span: " + times);
    }

    @Test
    void documentsAndOtherHostsAreNodesButNeverFetched() throws Exception {
        page("/", "<a href=\"/plan.pdf\">แผน</a><a href=\"https://www.facebook.com/x\">FB</a>");
        CrawlResult r = crawl(CrawlOptions.builder(URI.create(base + "/")).delayMs(0).respectRobots(false));
        server.verify(0, getRequestedFor(urlEqualTo("/plan.pdf")));
        assertEquals(1, r.graph().depth(base + "/plan.pdf").getAsInt());
        assertEquals(1, r.graph().depth("https://www.facebook.com/x").getAsInt());
        assertFalse(r.graph().node("https://www.facebook.com/x").orElseThrow().fetched());
    }

    @Test
    void aPageServedAsPdfIsRecordedAsADocument() throws Exception {
        page("/", "<a href=\"/download.php?id=5\">ดาวน์โหลด</a>");
        server.stubFor(get(urlEqualTo("/download.php?id=5")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));
        CrawlResult r = crawl(CrawlOptions.builder(URI.create(base + "/")).delayMs(0).respectRobots(false));
        var node = r.graph().node(base + "/download.php?id=5").orElseThrow();
        assertEquals(th.oitcrawler.graph.NodeKind.DOCUMENT, node.kind());
        assertEquals("application/pdf", node.contentType());
    }
}
