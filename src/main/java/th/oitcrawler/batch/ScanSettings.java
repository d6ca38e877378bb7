package th.oitcrawler.batch;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.PolitenessSlots;
import th.oitcrawler.report.Lang;

/**
 * Everything one {@code scan} worker needs.
 *
 * @param sitesFile      the sites list (id,name,province,homepage)
 * @param checklistId    built-in id or checklist file, as given (part of the run's identity)
 * @param outDir         output folder: sites/, summary files, and the SQLite store by default
 * @param jdbcUrl        results store; empty for the SQLite file in {@code outDir}
 * @param asOf           as-of date; empty: continue the unfinished run as of its date, or start one as of today
 * @param parallel       sites crawled at once by this worker
 * @param leaseMs        how long a claim lasts without renewal before another worker may take the site
 * @param maxDepth       per-site click depth
 * @param maxPages       per-site page budget
 * @param maxSeconds     per-site crawl time budget, s (0 = none): one slow site must not hold a slot all night
 * @param delayMs        politeness delay per host and per IP address, ms
 * @param threadsPerSite crawler threads per site (1 keeps one request in flight per host)
 * @param respectRobots  obey robots.txt
 * @param timeoutMs      connect and read timeout, ms
 * @param progressEveryMs how often the progress is shown when not on a terminal
 * @param lang           language of messages and reports
 */
public record ScanSettings(Path sitesFile, String checklistId, Path outDir, Optional<String> jdbcUrl,
                           Optional<LocalDate> asOf, int parallel, long leaseMs, int maxDepth, int maxPages,
                           int maxSeconds, int delayMs, int threadsPerSite, boolean respectRobots, int timeoutMs,
                           long progressEveryMs, Lang lang) {
    public ScanSettings {
        Objects.requireNonNull(sitesFile, "sitesFile");
        Objects.requireNonNull(outDir, "outDir");
        if (parallel < 1 || parallel > 1000) {
            throw new IllegalArgumentException("--parallel must be 1–1000, was " + parallel);
        }
        if (leaseMs < 1000) {
            throw new IllegalArgumentException("--lease-seconds must be at least 1, was " + leaseMs / 1000.0);
        }
        // Bad crawl options fail here, before any site is claimed.
        options(URI.create("http://example.invalid/"), maxDepth, maxPages, maxSeconds, delayMs, threadsPerSite,
                respectRobots, timeoutMs, PolitenessSlots.perHost());
    }

    String storeUrl() {
        return jdbcUrl.orElse(ResultStore.defaultUrl(outDir));
    }

    /** One site's crawl options; validated by the builder (bad values fail before any site is claimed). */
    CrawlOptions crawlOptions(URI homepage, PolitenessSlots politeness) {
        return options(homepage, maxDepth, maxPages, maxSeconds, delayMs, threadsPerSite, respectRobots, timeoutMs,
                politeness);
    }

    private static CrawlOptions options(URI homepage, int maxDepth, int maxPages, int maxSeconds, int delayMs,
                                        int threads, boolean respectRobots, int timeoutMs, PolitenessSlots politeness) {
        return CrawlOptions.builder(homepage).maxDepth(maxDepth).maxPages(maxPages).maxSeconds(maxSeconds).delayMs(delayMs)
                .threads(threads).respectRobots(respectRobots)
                .connectTimeoutMs(Math.min(timeoutMs, 10_000)).readTimeoutMs(timeoutMs)
                .politeness(politeness).build();
    }
}
