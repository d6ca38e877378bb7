package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.oitcrawler.graph.Edge;
import th.oitcrawler.graph.LinkGraphBuilder;
import th.oitcrawler.graph.LinkKind;
import th.oitcrawler.graph.NodeKind;

/**
 * Crawler4j's per-thread worker: records every fetch, link and redirect in the graph and asks the
 * {@link CrawlGuard} what to follow. Every link of a page is recorded, including ones to pages
 * already seen, because Crawler4j keeps only the first parent (research/crawler4j-fork.md §3).
 */
final class OitWebCrawler extends WebCrawler {
    private static final Logger log = LoggerFactory.getLogger(OitWebCrawler.class);
    private final LinkGraphBuilder graph;
    private final CrawlGuard guard;
    private final boolean respectRobots;
    private final ErrorRateGuard errorRate;
    private final Map<String, String> notes;

    OitWebCrawler(LinkGraphBuilder graph, CrawlGuard guard, boolean respectRobots, ErrorRateGuard errorRate,
                  Map<String, String> notes) {
        this.graph = graph;
        this.guard = guard;
        this.respectRobots = respectRobots;
        this.errorRate = errorRate;
        this.notes = notes;
    }

    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
        String from = referringPage.getWebURL().getURL();
        String to = url.getURL();
        LinkKind kind = referringPage.isRedirect() ? LinkKind.REDIRECT : kindOf(url);
        if (kind == LinkKind.REDIRECT && guard.tooManyRedirects(from, to)) {
            graph.failure(to, FetchStatus.TOO_MANY_REDIRECTS.error("more than " + CrawlGuard.MAX_REDIRECTS
                    + " redirects in a row; not followed"));
            return false;
        }
        CrawlGuard.Decision d = guard.decide(from, to, kind);
        if (!d.follow()) {
            if (d.limit() == Limit.TRAP_REPEATED_PATH || d.limit() == Limit.TRAP_QUERY_VARIANTS) {
                graph.failure(to, FetchStatus.TRAP_LIMIT.error(d.limit().en() + "; not fetched"));
            }
            return false;
        }
        if (errorRate.state() == ErrorRateGuard.State.STOPPED) {
            guard.stoppedBySafeguard(to);
            return false;
        }
        if (respectRobots && !robotsAllow(url)) {
            guard.robotsRefused(url.getURL());
            return false;
        }
        return true;
    }

    private boolean robotsAllow(WebURL url) {
        try {
            return getMyController().getRobotstxtServer().allows(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void visit(Page page) {
        try {
            String url = page.getWebURL().getURL();
            graph.fetched(url, page.getStatusCode(), page.getContentType());
            if (!(page.getParseData() instanceof PageParseData data)) {
                return;
            }
            ParsedPage parsed = data.page();
            graph.page(url, parsed.title(), parsed.headings(), parsed.text(), parsed.charset());
            List<Edge> edges = new ArrayList<>(parsed.links().size());
            Map<String, NodeKind> kinds = new HashMap<>();
            for (ExtractedLink link : parsed.links()) {
                edges.add(new Edge(url, link.url(), link.anchor(), link.kind(), link.context(), link.section()));
                kinds.putIfAbsent(link.url(), guard.kindOf(link.url()));
                guard.relax(url, link.url(), link.kind());
            }
            graph.links(url, edges, kinds);
        } catch (RuntimeException | Error e) {
            // An Error escaping a crawler thread silently drops its batch of URLs (fork §6 item 8).
            log.warn("could not record {}: {}", page.getWebURL().getURL(), e.toString());
            graph.failure(page.getWebURL().getURL(), FetchFailures.describe(e));
        }
    }

    @Override
    protected void handlePageStatusCode(WebURL webUrl, int statusCode, String statusDescription) {
        graph.fetched(webUrl.getURL(), statusCode, null);
        String note = notes.remove(webUrl.getURL());
        if (note != null) {
            graph.failure(webUrl.getURL(), note);
        }
    }

    @Override
    protected void onRedirectedStatusCode(Page page) {
        String to = page.getRedirectedToUrl();
        graph.redirect(page.getWebURL().getURL(), to, page.getStatusCode(), guard.kindOf(to));
    }

    @Override
    protected void onRedirectedToInvalidUrl(Page page) {
        graph.failure(page.getWebURL().getURL(), FetchStatus.BROKEN_REDIRECT.error("Location header missing or invalid"));
    }

    @Override
    protected void onUnexpectedStatusCode(String urlStr, int statusCode, String contentType, String description) {
        graph.fetched(urlStr, statusCode, contentType);
    }

    @Override
    protected void onContentFetchError(Page page, Exception e) {
        failed(page.getWebURL().getURL(), e);
    }

    @Override
    protected void onUnhandledException(Page page, Throwable e) {
        failed(page.getWebURL().getURL(), e);
    }

    private void failed(String url, Throwable e) {
        if (e instanceof SiteStoppedException) {
            guard.stoppedBySafeguard(url); // never fetched: a limit, not a failure of that page
        } else {
            graph.failure(url, FetchFailures.describe(e));
        }
    }

    @Override
    protected void onParseError(WebURL webUrl, Exception e) {
        graph.failure(webUrl.getURL(), FetchStatus.PARSE_ERROR.error(e.getMessage()));
    }

    @Override
    protected void onPageBiggerThanMaxSize(Page page, long pageSize) {
        // not reached: StrictPageFetcher keeps the head of big pages instead of dropping them
        graph.failure(page.getWebURL().getURL(), FetchStatus.OVERSIZED_BODY.error(pageSize + " bytes"));
    }

    private static LinkKind kindOf(WebURL url) {
        String tag = url.getTag();
        if (tag == null) {
            return LinkKind.A;
        }
        try {
            return LinkKind.valueOf(tag);
        } catch (IllegalArgumentException e) {
            return LinkKind.A;
        }
    }
}
