package th.oitcrawler.audit;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import th.oitcrawler.crawl.CrawlOptions;

/**
 * How a verify run behaves.
 *
 * @param crawl         the crawl options for one agency's homepage (limits, politeness, timeouts)
 * @param siteBudget    most time one agency (its crawl and all its URLs) may take before it is cut off
 * @param parallelSites agencies verified at once
 * @param timeoutMs     connect/read timeout of each evidence request, ms
 * @param maxBodyBytes  largest body kept (and preserved) per response; longer ones are marked truncated
 * @param userAgent     User-Agent of evidence requests
 */
public record VerifyOptions(Function<URI, CrawlOptions> crawl, Duration siteBudget, int parallelSites, int timeoutMs,
                            int maxBodyBytes, String userAgent) {
    public VerifyOptions {
        if (siteBudget.isNegative() || siteBudget.isZero()) {
            throw new IllegalArgumentException("--site-budget-s must be positive, was " + siteBudget.toSeconds());
        }
        if (parallelSites < 1 || parallelSites > 32) {
            throw new IllegalArgumentException("--parallel-sites must be 1–32, was " + parallelSites);
        }
    }
}
