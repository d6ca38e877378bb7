package th.oitcrawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the crawl says about a site as a whole: blocked is not failing, and a failing site is stopped. */
class SiteStatusIT {
    private WireMockServer server;
    private String base;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        base = "http://127.0.0.1:" + server.port() + "/";
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private CrawlResult crawl(String home) throws CrawlException {
        return SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(home)).delayMs(0).respectRobots(false)
                .threads(1).readTimeoutMs(3000).maxRetryWaitMs(0).errorPauseMs(0).build());
    }

    @Test
    void aHomepageAnswering403IsBlockedNotFailing() throws Exception {
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(403)));
        CrawlResult r = crawl(base);
        assertEquals(SiteStatus.BLOCKED, r.siteStatus());
        assertEquals(FetchStatus.HTTP_403_BLOCKED, CrawlResult.fetchStatus(r.homepageNode()));
    }

    @Test
    void aHomepageStillRateLimitedAfterItsRetryIsBlocked() throws Exception {
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        CrawlResult r = crawl(base);
        assertEquals(SiteStatus.BLOCKED, r.siteStatus());
        assertEquals(FetchStatus.HTTP_429, CrawlResult.fetchStatus(r.homepageNode()));
        server.verify(2, getRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aHomepageAnswering404IsFailing() throws Exception {
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(404)));
        assertEquals(SiteStatus.FAILING, crawl(base).siteStatus());
    }

    @Test
    void aHomepageNobodyListensOnIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CrawlResult r = crawl("http://127.0.0.1:" + port + "/");
        assertEquals(SiteStatus.UNREACHABLE, r.siteStatus());
        assertEquals(FetchStatus.CONNECTION_REFUSED, CrawlResult.fetchStatus(r.homepageNode()));
    }

    @Test
    void aHomepageWhoseServerNeverCompletesTheHandshakeIsAConnectTimeout() throws Exception {
        // A black hole on loopback: a listening socket that never accepts. Once its accept queue is
        // full, Linux drops further SYNs and a connect waits for its timeout, as with a firewall that
        // drops packets.
        try (ServerSocket hole = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = new ArrayList<>();
            boolean full = false;
            try {
                for (int i = 0; i < 8 && !full; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(hole.getLocalSocketAddress(), 300);
                        queued.add(s);
                    } catch (SocketTimeoutException e) {
                        s.close();
                        full = true;
                    }
                }
                assumeTrue(full, "this kernel accepts connections beyond the listen backlog: no black hole here");
                CrawlResult r = SiteCrawler.create().crawl(CrawlOptions.builder(URI.create("http://127.0.0.1:"
                        + hole.getLocalPort() + "/")).delayMs(0).respectRobots(false).threads(1).connectTimeoutMs(1000)
                        .readTimeoutMs(3000).maxRetryWaitMs(0).errorPauseMs(0).build());
                assertEquals(FetchStatus.CONNECT_TIMEOUT, CrawlResult.fetchStatus(r.homepageNode()),
                        String.valueOf(r.homepageNode().error()));
                assertEquals(SiteStatus.BLOCKED, r.siteStatus(), "a server that does not answer is not a failing site");
            } finally {
                for (Socket s : queued) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aSiteWhoseErrorRateSpikesIsPausedThenStoppedPolitely() throws Exception {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            links.append("<a href=\"/fail/").append(i).append("\">").append(i).append("</a>");
        }
        server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<html><body>" + links + "</body></html>")));
        server.stubFor(get(urlPathMatching("/fail/.*")).willReturn(aResponse().withStatus(500)));
        CrawlResult r = crawl(base);
        assertEquals(SiteStatus.STOPPED, r.siteStatus());
        LimitHit hit = r.limitsHit().get(Limit.ERROR_RATE);
        assertTrue(hit != null && hit.refused() > 0, r.limitsHit().toString());
        // 20 failures in a row trip the pause; the one try after it fails too; nothing more is sent
        int sent = server.findAll(getRequestedFor(urlPathMatching("/fail/.*"))).size();
        assertEquals(ErrorRateGuard.CONSECUTIVE + 1, sent);
        assertEquals(60, sent + hit.refused());
    }
}
