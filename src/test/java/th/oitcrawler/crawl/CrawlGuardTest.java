package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import th.oitcrawler.graph.LinkKind;

class CrawlGuardTest {
    private static final String H = "http://a.go.th/";

    private CrawlGuard guard(int maxDepth, int maxPages) {
        CrawlGuard g = new CrawlGuard(new SiteScope(URI.create(H)),
                CrawlOptions.builder(URI.create(H)).maxDepth(maxDepth).maxPages(maxPages).build());
        g.seed(H);
        return g;
    }

    @Test
    void followsOwnPagesOnlyNotDocumentsOrOtherHosts() {
        CrawlGuard g = guard(6, 100);
        assertTrue(g.follow(H, "https://www.a.go.th/news.html", LinkKind.A));
        assertFalse(g.follow(H, H + "plan.pdf", LinkKind.A));
        assertFalse(g.follow(H, "https://www.facebook.com/a", LinkKind.A));
        assertFalse(g.follow(H, H + "style.css", LinkKind.A));
    }

    @Test
    void depthIsCountedInClicksNotFrames() {
        CrawlGuard g = guard(1, 100);
        assertTrue(g.follow(H, H + "menu.html", LinkKind.FRAME));
        assertTrue(g.follow(H + "menu.html", H + "one.html", LinkKind.A));
        assertFalse(g.follow(H + "one.html", H + "two.html", LinkKind.A));
        assertEquals(1, g.limitsHit().get(Limit.MAX_DEPTH).refused());
    }

    @Test
    void pageBudgetIsCountedAndReported() {
        CrawlGuard g = guard(6, 2);
        assertTrue(g.follow(H, H + "1.html", LinkKind.A));
        assertFalse(g.follow(H, H + "2.html", LinkKind.A));
        assertEquals(H + "2.html", g.limitsHit().get(Limit.MAX_PAGES).example());
    }

    @Test
    void repeatingPathSegmentsAreATrap() {
        CrawlGuard g = guard(20, 100);
        assertTrue(g.follow(H, H + "cal/sub/sub/", LinkKind.A));
        assertFalse(g.follow(H, H + "cal/sub/sub/sub/", LinkKind.A));
        assertTrue(g.limitsHit().containsKey(Limit.TRAP_REPEATED_PATH));
    }
}
