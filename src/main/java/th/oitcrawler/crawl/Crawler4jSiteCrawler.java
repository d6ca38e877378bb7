package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.LinkGraphBuilder;
import th.oitcrawler.crawl.net.AddressGuard;

/**
 * {@link SiteCrawler} on the Crawler4j 5.0.2 fork, wired with our parser, fetcher, politeness and
 * frontier (research/crawler4j-fork.md §7).
 *
 * <p>The end of a crawl is detected here, exactly (nothing queued and every scheduled URL
 * processed), instead of waiting for Crawler4j's monitor, which polls in whole seconds and adds a
 * 3–4 s tail to every crawl; the controller then winds down in the background.
 */
final class Crawler4jSiteCrawler implements SiteCrawler {
    private static final long POLL_MS = 20;

    @Override
    public CrawlResult crawl(CrawlOptions o) throws CrawlException {
        return crawl(o, new CrawlProgress());
    }

    @Override
    public CrawlResult crawl(CrawlOptions o, CrawlProgress progress) throws CrawlException {
        long start = System.nanoTime();
        UrlNormalizer normalizer = new UrlNormalizer();
        String home = normalizer.filter(o.homepage().toString());
        if (home == null) {
            throw new IllegalArgumentException("not a crawlable URL: \"" + o.homepage() + "\"");
        }
        boolean tempWork = o.workDir() == null;
        Path work = workDir(o);
        CrawlConfig config = config(o, work);
        config.setDnsResolver(AddressGuard.forStart(URI.create(home), o.nameService(), o.allowPrivate()));
        LinkGraphBuilder graph = new LinkGraphBuilder();
        CrawlGuard guard = new CrawlGuard(new SiteScope(URI.create(home)), o);
        ErrorRateGuard errorRate = new ErrorRateGuard(o.errorPauseMs());
        Map<String, String> notes = new ConcurrentHashMap<>();
        StrictPageFetcher fetcher = null;
        try {
            SharedCacheFrontierConfiguration frontierConfig = new SharedCacheFrontierConfiguration(config);
            TLDList tld = new TLDList(config);
            fetcher = new StrictPageFetcher(config, normalizer, new SlotPolitenessServer(o.delayMs(), o.politeness()), o,
                    errorRate, notes);
            RobotstxtConfig robotsConfig = new RobotstxtConfig();
            robotsConfig.setEnabled(o.respectRobots());
            robotsConfig.setUserAgentName("oit-crawler");
            RobotstxtServer robots = new RobotstxtServer(robotsConfig, fetcher, frontierConfig.getWebURLFactory());
            JsoupHtmlParser html = new JsoupHtmlParser(new PageReader(normalizer), frontierConfig.getWebURLFactory(), tld);
            HtmlFirstParser parser = new HtmlFirstParser(config, normalizer, html, tld,
                    frontierConfig.getWebURLFactory(), (url, status, type) -> {
                        graph.fetched(url, status, type);
                        graph.document(url);
                    });
            CrawlController controller = new CrawlController(config, normalizer, fetcher, parser, robots, tld,
                    frontierConfig);
            guard.seed(home);
            controller.addSeed(home);
            controller.startNonBlocking(() -> new OitWebCrawler(graph, guard, o.respectRobots(), errorRate, notes),
                    o.threads());
            long deadline = o.maxSeconds() == 0 ? Long.MAX_VALUE : start + o.maxSeconds() * 1_000_000_000L;
            awaitEnd(frontierConfig.getFrontier(), controller, guard, progress, deadline, home,
                    () -> revisit(graph, home, guard, controller, frontierConfig, robots));
            stop(controller);
            LinkGraph frozen = graph.freeze(home);
            if (FetchLoops.mark(frozen, graph)) {
                frozen = graph.freeze(home);
            }
            windDown(controller, tempWork ? work : null);
            CrawlResult result = new CrawlResult(frozen, guard.limitsHit(), Duration.ofNanos(System.nanoTime() - start));
            progress.publish((int) result.pages(), 0, guard.deepestScheduled());
            return result;
        } catch (Exception e) {
            if (fetcher != null) {
                fetcher.shutDown(); // its monitor thread is not a daemon: the JVM would never exit
            }
            throw new CrawlException("crawl could not run: " + e.getMessage(), e);
        }
    }

    private interface Revisit {
        int schedule() throws InterruptedException;
    }

    private static void awaitEnd(Frontier frontier, CrawlController controller, CrawlGuard guard,
                                 CrawlProgress progress, long deadline, String home, Revisit revisit)
            throws InterruptedException {
        int quiet = 0;
        while (!controller.isFinished() && quiet < 2) {
            Thread.sleep(POLL_MS);
            if (System.nanoTime() - deadline > 0) {
                long left;
                try {
                    left = Math.max(0, frontier.getNumberOfScheduledPages() - frontier.getNumberOfProcessedPages());
                } catch (IllegalStateException closed) {
                    return;
                }
                guard.timeUp(home, left); // the caller shuts the controller down: in-flight pages finish
                return;
            }
            boolean idle;
            try {
                // Counters first: getQueueLength() counts the JE database entry by entry, and 150 scan
                // crawls polling it every 20 ms took most of the CPU (issue 5 benchmark).
                long processed = frontier.getNumberOfProcessedPages();
                long scheduled = frontier.getNumberOfScheduledPages();
                idle = processed >= scheduled && frontier.getQueueLength() == 0;
                progress.publish((int) processed, (int) Math.max(0, scheduled - processed), guard.deepestScheduled());
            } catch (IllegalStateException closed) {
                // Crawler4j's own monitor saw the end first and closed the frontier's database between
                // our isFinished() and these reads (seen under CPU contention): the crawl is over.
                return;
            }
            quiet = idle ? quiet + 1 : 0;
            if (quiet >= 2 && revisit.schedule() > 0) {
                quiet = 0;
            }
        }
    }

    /**
     * At the end, pages refused for depth that the whole graph puts within the limit are fetched after
     * all. With several threads a page can be fetched by a longer route before its shortest one is
     * known; its links then looked too deep, and no later page may link to them again. Crawler4j's
     * monitor waits at least 2 s of idleness before it closes the frontier, so seeds added now are
     * still taken; if it closed first, the crawl ends as it would have.
     *
     * @return how many URLs were scheduled
     */
    private static int revisit(LinkGraphBuilder graph, String home, CrawlGuard guard, CrawlController controller,
                               SharedCacheFrontierConfiguration frontier, RobotstxtServer robots)
            throws InterruptedException {
        Set<String> refused = guard.tooDeep();
        if (refused.isEmpty()) {
            return 0;
        }
        LinkGraph now = graph.freeze(home);
        int added = 0;
        for (String url : refused) {
            OptionalInt depth = now.depth(url);
            boolean unfetched = now.node(url).map(n -> !n.fetched()).orElse(true);
            if (depth.isPresent() && unfetched && guard.reschedule(url, depth.getAsInt())) {
                WebURL w = frontier.getWebURLFactory().newWebUrl();
                w.setURL(url);
                if (!robots.allows(w)) { // seeds skip robots.txt in Crawler4j; links may not
                    guard.robotsRefused(url);
                    continue;
                }
                try {
                    controller.addSeed(url);
                    added++;
                } catch (RuntimeException closed) {
                    // The monitor ended the crawl first (a closed frontier or JE database): it ends as it would have.
                    return 0;
                }
            }
        }
        if (added > 0) {
            try {
                // addSeed() queues without waking the crawler threads waiting for work; scheduleAll() wakes them.
                frontier.getFrontier().scheduleAll(List.of());
            } catch (RuntimeException closed) {
                return 0;
            }
        }
        return added;
    }

    private static void stop(CrawlController controller) {
        try {
            controller.shutdown();
        } catch (IllegalStateException e) {
            if (!controller.isFinished()) {
                throw e; // not the benign "monitor closed the database first" case
            }
        }
    }

    private static void windDown(CrawlController controller, Path deleteAfter) {
        Thread t = new Thread(() -> {
            controller.waitUntilFinish();
            if (deleteAfter != null) {
                WorkDirs.deleteQuietly(deleteAfter);
            }
        }, "oit-crawl-wind-down");
        t.setDaemon(true);
        t.start();
    }

    private static Path workDir(CrawlOptions o) throws CrawlException {
        try {
            if (o.workDir() != null) {
                Files.createDirectories(o.workDir());
                return o.workDir();
            }
            return Files.createTempDirectory("oit-crawl-");
        } catch (IOException e) {
            throw new CrawlException("cannot create the crawl work folder: " + e.getMessage(), e);
        }
    }

    private static CrawlConfig config(CrawlOptions o, Path work) {
        CrawlConfig c = new CrawlConfig();
        c.setCrawlStorageFolder(work.toString());
        c.setResumableCrawling(false);
        c.setMaxDepthOfCrawling(-1);   // depth is counted in clicks by CrawlGuard
        c.setMaxPagesToFetch(-1);      // counted by CrawlGuard: the fork counts scheduled URLs
        c.setPolitenessDelay(o.delayMs());
        c.setUserAgentString(o.userAgent());
        c.setConnectionTimeout(o.connectTimeoutMs());
        c.setSocketTimeout(o.readTimeoutMs());
        c.setMaxDownloadSize(o.maxDownloadBytes());
        c.setIncludeBinaryContentInCrawling(false);
        c.setIncludeHttpsPages(true);
        c.setFollowRedirects(true);
        c.setRespectNoFollow(false);   // a person can click a nofollow link; an OIT reviewer does
        c.setRespectNoIndex(false);
        c.setMaxOutgoingLinksToFollow(20_000);
        c.setMaxConnectionsPerHost(Math.max(2, o.threads()));
        c.setMaxTotalConnections(Math.max(4, o.threads() * 2));
        c.setThreadMonitoringDelaySeconds(1);
        c.setThreadShutdownDelaySeconds(1);
        c.setCleanupDelaySeconds(1);
        c.setOnlineTldListUpdate(false);
        c.setHaltOnError(false);
        return c;
    }
}
