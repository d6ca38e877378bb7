package th.oitcrawler.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTest {
    private static RecordedExchange hop(String url, int status, String location) {
        List<RecordedExchange.HeaderField> h = location == null ? List.of()
                : List.of(new RecordedExchange.HeaderField("Location", location));
        return new RecordedExchange("GET", url, Instant.EPOCH, 1, List.of(), "HTTP/1.1", status, "", h, null, false, null, false);
    }

    @Test
    void blockedIsNotMissing() {
        for (int s : new int[] {401, 403, 429}) {
            assertEquals(Access.BLOCKED, Access.of(new FetchTrace("u", List.of(hop("http://x/", s, null)), null, List.of())));
        }
        assertEquals(Access.MISSING, Access.of(new FetchTrace("u", List.of(hop("http://x/", 404, null)), null, List.of())));
        assertEquals(Access.SERVER_ERROR, Access.of(new FetchTrace("u", List.of(hop("http://x/", 503, null)), null, List.of())));
    }

    @Test
    void redirectToALoginPageIsBlocked() {
        FetchTrace t = new FetchTrace("https://drive.google.com/file/d/1/view", List.of(
                hop("https://drive.google.com/file/d/1/view", 302, "https://accounts.google.com/ServiceLogin?x"),
                hop("https://accounts.google.com/ServiceLogin?x", 200, null)), null, List.of());
        assertEquals(Access.BLOCKED, Access.of(t));
        assertTrue(Access.loginPage("https://www.facebook.com/login/?next=x"));
        assertFalse(Access.loginPage("https://www.example.go.th/news/blog-login-tips.html"));
    }

    @Test
    void platformsByHost() {
        assertEquals(OutboundPlatform.GOOGLE_DRIVE, OutboundPlatform.of("https://drive.google.com/file/d/1/view"));
        assertEquals(OutboundPlatform.FACEBOOK, OutboundPlatform.of("https://m.facebook.com/page"));
        assertEquals(OutboundPlatform.EGP, OutboundPlatform.of("http://process3.gprocurement.go.th/x"));
        assertEquals(OutboundPlatform.OTHER_SITE, OutboundPlatform.of("https://notfacebook.com/"));
    }
}
