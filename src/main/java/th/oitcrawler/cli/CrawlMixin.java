package th.oitcrawler.cli;

import java.net.URI;
import picocli.CommandLine.Option;
import th.oitcrawler.crawl.CrawlOptions;

/** Crawl limits and politeness, shared by every command that crawls. */
final class CrawlMixin {
    @Option(names = "--max-depth", defaultValue = "6", description = "most clicks from the homepage (default ${DEFAULT-VALUE})")
    int maxDepth;

    @Option(names = "--max-pages", defaultValue = "20000", description = "most pages fetched (default ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--max-seconds", defaultValue = "0", paramLabel = "N",
            description = "time budget of the crawl, s; 0 = none (default). Items it could not reach become NEEDS_REVIEW")
    int maxSeconds;

    @Option(names = "--delay-ms", defaultValue = "300", description = "pause between requests to one host, ms (default ${DEFAULT-VALUE})")
    int delayMs;

    @Option(names = "--threads", defaultValue = "4", description = "crawler threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--ignore-robots", description = "ignore robots.txt (only for checking your own site)")
    boolean ignoreRobots;

    @Option(names = "--timeout-ms", defaultValue = "20000", description = "connect and read timeout, ms (default ${DEFAULT-VALUE})")
    int timeoutMs;

    @Option(names = "--allow-private", description = "allow loopback and private-network addresses even when the"
            + " homepage is on a public host (off: a public site's links never reach this machine's network)")
    boolean allowPrivate;

    CrawlOptions options(URI homepage) {
        return CrawlOptions.builder(homepage)
                .maxDepth(maxDepth).maxPages(maxPages).maxSeconds(maxSeconds).delayMs(delayMs).threads(threads)
                .respectRobots(!ignoreRobots).allowPrivate(allowPrivate)
                .connectTimeoutMs(Math.min(timeoutMs, 10_000)).readTimeoutMs(timeoutMs)
                .build();
    }
}
