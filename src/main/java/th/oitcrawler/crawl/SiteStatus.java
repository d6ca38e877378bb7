package th.oitcrawler.crawl;

import java.util.Locale;

/**
 * How a site as a whole answered the crawl. "Blocked" and "unreachable" say the tool could not look,
 * which must never read as "the municipality published nothing" (issue 6).
 */
public enum SiteStatus {
    /** The homepage was read and the crawl ran to its end. */
    OK,
    /** The homepage was read, then the site failed so often that the error-rate safeguard stopped the crawl. */
    STOPPED,
    /** The homepage refused the crawler: 403, 429/503 after a retry, a TLS refusal, a timeout or a reset. */
    BLOCKED,
    /** The homepage could not be reached at all: DNS, connection refused, no route, or a refused private address. */
    UNREACHABLE,
    /** The homepage answered, but with an error of its own (404, 500, a redirect loop…). */
    FAILING;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SiteStatus of(FetchStatus homepage, boolean homepageRead, boolean stopped) {
        if (homepageRead) {
            return stopped ? STOPPED : OK;
        }
        if (homepage.blocksCrawler()) {
            return BLOCKED;
        }
        return switch (homepage) {
            case DNS_FAILURE, CONNECTION_REFUSED, NO_ROUTE, BLOCKED_PRIVATE_ADDRESS -> UNREACHABLE;
            default -> FAILING;
        };
    }
}
