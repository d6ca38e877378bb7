package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SiteScopeTest {
    @Test
    void wwwTwinAndBothSchemesAreTheSameSite() {
        SiteScope s = new SiteScope(URI.create("http://www.suan.go.th/"));
        assertTrue(s.contains("https://suan.go.th/ita/"));
        assertTrue(s.contains("http://WWW.SUAN.GO.TH/x"));
        assertFalse(s.contains("http://other.go.th/"));
        assertFalse(s.contains("http://sub.suan.go.th/"));
    }

    @Test
    void explicitPortsMustMatch() {
        SiteScope s = new SiteScope(URI.create("http://127.0.0.1:8080/"));
        assertTrue(s.contains("http://127.0.0.1:8080/a"));
        assertFalse(s.contains("http://127.0.0.1:8081/a"));
    }
}
