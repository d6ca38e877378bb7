package th.oitcrawler.crawl.net;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.oitcrawler.crawl.net.TableNameService.ip;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.FetchStatus;
import th.oitcrawler.crawl.SiteCrawler;
import th.oitcrawler.crawl.SiteStatus;
import th.oitcrawler.evidence.EvidenceFetcher;
import th.oitcrawler.evidence.ProbeResult;
import th.oitcrawler.evidence.UrlProbe;
import th.oitcrawler.graph.Node;
import th.oitcrawler.report.GraphJsonWriter;

/**
 * Issue 6 SSRF acceptance: a public-looking site ({@code muni.example}, served on 127.0.0.1 but
 * vouched public by the test name service) whose links, redirects and DNS answers point at
 * 127.0.0.1, 169.254.169.254, 10.0.0.1 and ::1. Every such fetch is refused before connecting; the
 * "internal" server standing in for the private network never sees a request.
 */
class SsrfGuardIT {
    private WireMockServer site;
    private WireMockServer internal;
    private TableNameService dns;
    private InetAddress muni;

    @BeforeEach
    void start() throws Exception {
        site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        internal = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        site.start();
        internal.start();
        internal.stubFor(any(anyUrl()).willReturn(aResponse().withBody("secret")));
        warmUp(site);
        warmUp(internal);
        dns = new TableNameService();
        muni = dns.publicSite("muni.example");
        dns.answer("muni.example", new InetAddress[] {muni});
    }

    /** WireMock's first answer can take seconds on a busy machine: not what these tests are about. */
    private static void warmUp(WireMockServer s) throws Exception {
        var c = (java.net.HttpURLConnection) new java.net.URL("http://127.0.0.1:" + s.port() + "/warm-up").openConnection();
        c.getResponseCode();
        c.disconnect();
        s.resetRequests();
    }

    @AfterEach
    void stop() {
        site.stop();
        internal.stop();
    }

    private void page(String path, String body) {
        // Connection: close makes every fetch open a new connection, so every fetch is resolved again
        site.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Connection", "close").withBody("<html><body>" + body + "</body></html>")));
    }

    private String home() {
        return "http://muni.example:" + site.port() + "/";
    }

    private CrawlResult crawl(boolean allowPrivate) throws Exception {
        return SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(home())).delayMs(0).respectRobots(false)
                .connectTimeoutMs(1000).readTimeoutMs(10_000).nameService(dns).allowPrivate(allowPrivate).build());
    }

    private static void assertRefused(Node n) {
        assertTrue(n.error() != null && n.error().startsWith("blocked-private-address: refused private address"),
                n.url() + " → " + n.error());
        assertEquals(FetchStatus.BLOCKED_PRIVATE_ADDRESS, CrawlResult.fetchStatus(n));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "10.0.0.1", "::1"})
    void aLinkToTheSitesTwinWhoseDnsAnswerIsPrivateIsRefused(String address) throws Exception {
        dns.answer("www.muni.example", ip(address));
        page("/", "<a href=\"http://www.muni.example:" + site.port() + "/a.html\">ต่อ</a><a href=\"/ok.html\">ok</a>");
        page("/ok.html", "fine");
        CrawlResult r = crawl(false);
        assertRefused(r.graph().node("http://www.muni.example:" + site.port() + "/a.html").orElseThrow());
        assertEquals(200, r.graph().node(home() + "ok.html").orElseThrow().status());
        assertEquals(SiteStatus.OK, r.siteStatus());
        assertEquals(0, internal.getAllServeEvents().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "10.0.0.1", "::1"})
    void aRedirectToAPrivateAddressIsRefused(String address) throws Exception {
        dns.answer("www.muni.example", ip(address));
        site.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://www.muni.example:" + site.port() + "/")));
        CrawlResult r = crawl(false);
        assertRefused(r.graph().node("http://www.muni.example:" + site.port() + "/").orElseThrow());
        assertEquals(SiteStatus.UNREACHABLE, r.siteStatus());
        assertEquals(0, internal.getAllServeEvents().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "10.0.0.1", "::1"})
    void dnsRebindingAfterTheHomepageIsRefused(String address) throws Exception {
        // answers: the start check and the homepage fetch see the public address, every later lookup a private one
        dns.answer("muni.example", new InetAddress[] {muni}, new InetAddress[] {muni}, ip(address));
        page("/", "<a href=\"/a.html\">ต่อ</a>");
        page("/a.html", "never");
        CrawlResult r = crawl(false);
        assertEquals(200, r.graph().node(home()).orElseThrow().status());
        assertRefused(r.graph().node(home() + "a.html").orElseThrow());
        assertEquals(1, site.getAllServeEvents().size());
    }

    @Test
    void aDecimalIpIsJudgedByTheAddressItResolvesTo() {
        // the system resolver reads "2130706433" as 127.0.0.1: the host string alone would look harmless
        org.junit.jupiter.api.Assertions.assertThrows(PrivateAddressException.class,
                () -> AddressGuard.publicOnly(NameService.SYSTEM).resolve("2130706433"));
    }

    @Test
    void allPrivateAnswersAreDroppedAndAPublicOneIsKept() throws Exception {
        dns.answer("www.muni.example", new InetAddress[] {InetAddress.getByName("10.0.0.1"), muni});
        InetAddress[] kept = AddressGuard.publicOnly(dns).resolve("www.muni.example");
        assertEquals(1, kept.length);
        assertTrue(kept[0] == muni);
    }

    @Test
    void theEvidenceProbeRefusesPrivateTargetsOnEveryPath() throws Exception {
        dns.answer("metadata.example", ip("169.254.169.254"));
        dns.answer("ten.example", ip("10.0.0.1"));
        site.stubFor(get(urlEqualTo("/go")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        site.stubFor(get(urlEqualTo("/doc.pdf")).willReturn(aResponse().withBody("%PDF-1.4")));
        CrawlOptions o = CrawlOptions.builder(URI.create(home())).nameService(dns).connectTimeoutMs(1000)
                .readTimeoutMs(2000).build();
        try (UrlProbe probe = UrlProbe.forCrawl(o, 4096)) {
            for (String url : new String[] {"http://127.0.0.1:" + internal.port() + "/secret",
                    "http://[::1]:" + internal.port() + "/secret", "http://metadata.example/latest/meta-data/",
                    "http://ten.example/", home() + "go"}) {
                ProbeResult p = probe.probe(url);
                assertTrue(p.error() != null && p.error().startsWith("blocked-private-address"), url + " → " + p.error());
                assertEquals(FetchStatus.BLOCKED_PRIVATE_ADDRESS, FetchStatus.of(p.status(), p.error()));
            }
            assertTrue(probe.probe(home() + "doc.pdf").live(), "the public site itself is still probed");
        }
        assertEquals(0, internal.getAllServeEvents().size());
    }

    @Test
    void theVerifyFetcherRefusesPrivateTargetsToo() throws Exception {
        dns.answer("metadata.example", ip("169.254.169.254"));
        site.stubFor(get(urlEqualTo("/go")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + internal.port() + "/secret")));
        try (EvidenceFetcher f = new EvidenceFetcher("oit-crawler-test", 2000, 4096,
                AddressGuard.forStart(URI.create(home()), dns, false))) {
            for (String url : new String[] {"http://metadata.example/latest/meta-data/", home() + "go",
                    "http://[::1]:" + internal.port() + "/"}) {
                String error = f.get(url).error();
                assertTrue(error != null && error.startsWith("blocked-private-address"), url + " → " + error);
            }
        }
        assertEquals(0, internal.getAllServeEvents().size());
    }

    @Test
    void graphJsonNamesTheRefusal() throws Exception {
        dns.answer("www.muni.example", ip("10.0.0.1"));
        page("/", "<a href=\"http://www.muni.example:" + site.port() + "/a.html\">ต่อ</a>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphJsonWriter.write(crawl(false), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"fetchStatus\" : \"blocked-private-address\""), json);
    }

    @Test
    void allowPrivateLetsTheCrawlReachPrivateAddresses() throws Exception {
        dns.answer("www.muni.example", ip("127.0.0.1"));
        page("/", "<a href=\"http://www.muni.example:" + site.port() + "/a.html\">ต่อ</a>");
        page("/a.html", "internal page");
        CrawlResult r = crawl(true);
        Node a = r.graph().node("http://www.muni.example:" + site.port() + "/a.html").orElseThrow();
        assertEquals(200, a.status());
        assertNotEquals(FetchStatus.BLOCKED_PRIVATE_ADDRESS, CrawlResult.fetchStatus(a));
    }

    @Test
    void aCrawlThatStartsOnLoopbackMayFetchLoopbackButNotTheMetadataService() throws Exception {
        AddressGuard g = AddressGuard.forStart(URI.create("http://127.0.0.1:8080/"), NameService.SYSTEM, false);
        assertEquals(1, g.resolve("127.0.0.1").length);
        assertEquals(1, g.resolve("10.0.0.1").length);
        PrivateAddressException e = org.junit.jupiter.api.Assertions.assertThrows(PrivateAddressException.class,
                () -> g.resolve("169.254.169.254"));
        assertEquals(AddressKind.LINK_LOCAL, e.kind());
    }
}
