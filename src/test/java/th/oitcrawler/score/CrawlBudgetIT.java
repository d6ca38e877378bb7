package th.oitcrawler.score;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.oitcrawler.check.SiteCheck;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.Limit;

/**
 * A crawl cut short (time budget, page budget) has not seen the whole site: items it did not find
 * are NEEDS_REVIEW with the limit named, never NOT_FOUND.
 */
class CrawlBudgetIT {
    private WireMockServer server;
    private String home;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        home = "http://127.0.0.1:" + server.port() + "/";
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            links.append("<a href=\"/p").append(i).append(".html\">หน้า ").append(i).append("</a> ");
        }
        server.stubFor(get(urlEqualTo("/")).willReturn(html("<h1>เทศบาลตำบลตัวอย่าง</h1>" + links)));
        // Every other page is slow: 40 of them at 300 ms each, one thread, cannot finish in 1 s.
        server.stubFor(get(urlMatching("/p\\d+\\.html")).willReturn(html("ข่าว").withFixedDelay(300)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String body) {
        return aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body>" + body + "</body></html>");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aTimeBudgetStopsTheCrawlAndNothingIsNotFound() throws Exception {
        CrawlOptions o = CrawlOptions.builder(URI.create(home)).delayMs(0).threads(1).maxSeconds(1).build();
        CheckReport r = SiteCheck.run(o, ChecklistLoader.load("ita-2568"), LocalDate.of(2025, 6, 30), List.of());
        assertTrue(r.crawl().limitsHit().containsKey(Limit.TIME_BUDGET), r.crawl().limitsHit().toString());
        assertTrue(r.crawl().pages() < 41, "pages " + r.crawl().pages());
        assertEquals(0, r.count(Verdict.NOT_FOUND));
        ItemResult o1 = r.items().get(0);
        assertEquals(Verdict.NEEDS_REVIEW, o1.verdict());
        assertTrue(o1.reasons().get(0).en().contains("--max-seconds"), o1.reasons().toString());
    }

    @Test
    void aPageBudgetLikewise() throws Exception {
        CrawlOptions o = CrawlOptions.builder(URI.create(home)).delayMs(0).maxPages(5).build();
        CheckReport r = SiteCheck.run(o, ChecklistLoader.load("ita-2568"), LocalDate.of(2025, 6, 30), List.of());
        assertTrue(r.crawl().limitsHit().containsKey(Limit.MAX_PAGES));
        assertEquals(0, r.count(Verdict.NOT_FOUND));
    }

    @Test
    void aCompleteCrawlStillSaysNotFound() throws Exception {
        server.stubFor(get(urlMatching("/p\\d+\\.html")).willReturn(html("ข่าว")));
        CrawlOptions o = CrawlOptions.builder(URI.create(home)).delayMs(0).build();
        CheckReport r = SiteCheck.run(o, ChecklistLoader.load("ita-2568"), LocalDate.of(2025, 6, 30), List.of());
        assertTrue(r.crawl().limitsHit().isEmpty(), r.crawl().limitsHit().toString());
        assertEquals(28, r.count(Verdict.NOT_FOUND));
    }
}
