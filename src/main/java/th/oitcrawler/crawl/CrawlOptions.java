package th.oitcrawler.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import th.oitcrawler.crawl.net.NameService;

/**
 * Everything one crawl needs. Built and validated by {@link Builder}; a built value is valid.
 *
 * @param homepage         absolute http(s) URL the public starts from
 * @param maxDepth         most clicks from the homepage followed (default 6)
 * @param maxPages         most pages fetched (default 20,000)
 * @param delayMs          politeness delay between two requests to one host, in ms (default 300)
 * @param respectRobots    obey robots.txt (default true; an admin may ignore it on their own site)
 * @param threads          crawler threads (default 4; politeness still paces each host)
 * @param connectTimeoutMs TCP/TLS connect timeout, ms
 * @param readTimeoutMs    timeout between two reads of a response, ms
 * @param maxDownloadBytes largest body read; bigger bodies are cut
 * @param userAgent        User-Agent naming the tool and its version
 * @param workDir          scratch folder for the frontier; null means a fresh temporary folder
 * @param pageTimeoutMs    whole-response deadline, ms: a server dripping bytes slower than this is cut
 * @param maxRetryWaitMs   longest Retry-After honoured before the one retry of a 429 or 503, ms
 * @param errorPauseMs     pause when the site's error rate spikes, before one more try, ms
 * @param allowPrivate     allow loopback/private addresses even when the homepage is public ({@code --allow-private})
 * @param nameService      resolves host names (the system's; tests plug in a table)
 * @param politeness       request slots per host (and IP); shared between crawls by a scan, else this crawl's own
 * @param maxSeconds       the crawl's time budget, s (0: none); when it runs out the crawl stops and says so
 */
public record CrawlOptions(URI homepage, int maxDepth, int maxPages, int delayMs, boolean respectRobots,
                           int threads, int connectTimeoutMs, int readTimeoutMs, int maxDownloadBytes,
                           String userAgent, Path workDir, int pageTimeoutMs, int maxRetryWaitMs,
                           int errorPauseMs, boolean allowPrivate, NameService nameService,
                           PolitenessSlots politeness, int maxSeconds) {

    public static Builder builder(URI homepage) {
        return new Builder(homepage);
    }

    public static final class Builder {
        private final URI homepage;
        private int maxDepth = 6;
        private int maxPages = 20_000;
        private int delayMs = 300;
        private boolean respectRobots = true;
        private int threads = 4;
        private int connectTimeoutMs = 10_000;
        private int readTimeoutMs = 20_000;
        private int maxDownloadBytes = 5 * 1024 * 1024;
        private String userAgent = UserAgent.DEFAULT;
        private Path workDir;
        private int pageTimeoutMs = 120_000;
        private int maxRetryWaitMs = 30_000;
        private int errorPauseMs = 30_000;
        private boolean allowPrivate;
        private NameService nameService = NameService.SYSTEM;
        private PolitenessSlots politeness;
        private int maxSeconds;

        private Builder(URI homepage) {
            this.homepage = Objects.requireNonNull(homepage, "homepage");
        }

        public Builder maxDepth(int v) { maxDepth = v; return this; }
        public Builder maxPages(int v) { maxPages = v; return this; }
        public Builder delayMs(int v) { delayMs = v; return this; }
        public Builder respectRobots(boolean v) { respectRobots = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder connectTimeoutMs(int v) { connectTimeoutMs = v; return this; }
        public Builder readTimeoutMs(int v) { readTimeoutMs = v; return this; }
        public Builder maxDownloadBytes(int v) { maxDownloadBytes = v; return this; }
        public Builder userAgent(String v) { userAgent = v; return this; }
        public Builder workDir(Path v) { workDir = v; return this; }
        public Builder pageTimeoutMs(int v) { pageTimeoutMs = v; return this; }
        public Builder maxRetryWaitMs(int v) { maxRetryWaitMs = v; return this; }
        public Builder errorPauseMs(int v) { errorPauseMs = v; return this; }
        public Builder allowPrivate(boolean v) { allowPrivate = v; return this; }
        public Builder nameService(NameService v) { nameService = Objects.requireNonNull(v, "nameService"); return this; }
        public Builder maxSeconds(int v) { maxSeconds = v; return this; }
        /** Shares request slots with other crawls (scan: per host and per IP across sites). */
        public Builder politeness(PolitenessSlots v) { politeness = Objects.requireNonNull(v, "politeness"); return this; }

        /** @throws IllegalArgumentException naming the option and the value when one is out of range */
        public CrawlOptions build() {
            Homepages.requireHttp(homepage);
            require(maxDepth >= 0 && maxDepth <= 100, "--max-depth must be 0–100, was " + maxDepth);
            require(maxPages >= 1, "--max-pages must be at least 1, was " + maxPages);
            require(delayMs >= 0 && delayMs <= 60_000, "--delay-ms must be 0–60000, was " + delayMs);
            require(threads >= 1 && threads <= 64, "--threads must be 1–64, was " + threads);
            require(connectTimeoutMs > 0 && readTimeoutMs > 0, "timeouts must be positive");
            require(maxDownloadBytes > 0, "max download size must be positive");
            require(maxSeconds >= 0, "--max-seconds must not be negative, was " + maxSeconds);
            require(pageTimeoutMs > 0 && maxRetryWaitMs >= 0 && errorPauseMs >= 0,
                    "page timeout must be positive, retry wait and error pause not negative");
            return new CrawlOptions(homepage, maxDepth, maxPages, delayMs, respectRobots, threads,
                    connectTimeoutMs, readTimeoutMs, maxDownloadBytes, userAgent, workDir, pageTimeoutMs,
                    maxRetryWaitMs, errorPauseMs, allowPrivate, nameService,
                    politeness == null ? PolitenessSlots.perHost() : politeness, maxSeconds);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
