package th.oitcrawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.oitcrawler.graph.LinkGraph;

/**
 * The depth limit is applied to shortest click paths even when threads find a longer route first.
 * Home links to /a (fast) and /b (slow); /a → /c → /d is the long route to /d, /b → /d the short one;
 * /e is linked only from /d. With --max-depth 3, /e is 3 clicks away (home → b → d → e) and must be
 * fetched, although /d was first reached, and its links first read, by the 3-click route.
 */
class DepthLimitIT {
    private WireMockServer server;
    private String base;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        base = "http://127.0.0.1:" + server.port() + "/";
        page("/", "<a href=\"/a\">a</a> <a href=\"/b\">b</a>", 0);
        page("/a", "<a href=\"/c\">c</a>", 0);
        page("/b", "<a href=\"/d\">d</a>", 1500); // the short route is known only after /d was read
        page("/c", "<a href=\"/d\">d</a>", 0);
        page("/d", "<a href=\"/e\">e</a>", 0);
        page("/e", "<p>ปลายทาง</p>", 0);
    }

    private void page(String path, String body, int delayMs) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withFixedDelay(delayMs)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html><body>" + body + "</body></html>")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aPageWithinTheLimitByItsShortestPathIsFetchedWhateverOrderThreadsFoundItIn() throws Exception {
        CrawlResult r = SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(base)).delayMs(0).respectRobots(false)
                .threads(2).maxDepth(3).build());
        LinkGraph g = r.graph();
        assertEquals(2, g.depth(base + "d").getAsInt());
        assertEquals(3, g.depth(base + "e").getAsInt());
        assertTrue(g.node(base + "e").orElseThrow().fetched(), "/e is 3 clicks from the homepage: within --max-depth 3");
        assertEquals(200, g.node(base + "e").orElseThrow().status());
    }
}
