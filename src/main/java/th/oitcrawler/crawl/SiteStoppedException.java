package th.oitcrawler.crawl;

import java.io.IOException;

/** Thrown instead of fetching once the error-rate safeguard has stopped the site: nothing is sent. */
final class SiteStoppedException extends IOException {
    SiteStoppedException(String reason) {
        super("site stopped by the error-rate safeguard: " + reason);
    }
}
