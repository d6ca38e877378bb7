package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;
import th.oitcrawler.fixture.FixtureWireMock;

/** The crawl publishes its progress; at the end it reads every page fetched and nothing queued. */
class CrawlProgressIT {
    @Test
    void finalSnapshotCountsTheTrapCrawl() throws Exception {
        try (FixtureWireMock site = FixtureWireMock.start("trap")) {
            CrawlProgress progress = new CrawlProgress();
            CrawlResult r = SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(site.homepage())).delayMs(0)
                    .build(), progress);
            CrawlProgress.Snapshot s = progress.snapshot();
            assertEquals(0, s.queued());
            assertEquals(6, s.depth(), "trap's deepest legitimate page is 6 clicks (= default max depth)");
            assertEquals(r.pages(), s.fetched(), "every fetched page counted");
        }
    }
}
