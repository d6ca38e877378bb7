package th.oitcrawler.crawl;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import th.oitcrawler.graph.LinkKind;
import th.oitcrawler.graph.NodeKind;

/**
 * Decides which links the crawl follows: the site's own pages only, within the click-depth and
 * page budgets, and not into crawler traps. Thread-safe.
 *
 * <p>Depth is counted in clicks as {@link th.oitcrawler.graph.ClickPaths} counts it (frames and
 * redirects cost none), from the fewest clicks known so far for the referring page. Crawler4j's own
 * depth is not used: with several threads it can exceed the true shortest depth
 * (research/crawler4j.md §0), and it counts frames as a step.
 */
final class CrawlGuard {
    static final int MAX_QUERY_VARIANTS = 1000;
    static final int MAX_SEGMENT_REPEATS = 3;
    /** Browsers give up after about 20 hops; 10 is already far past any honest site's chain. */
    static final int MAX_REDIRECTS = 10;

    private final SiteScope scope;
    private final CrawlOptions options;
    private final ConcurrentHashMap<String, Integer> clicks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> queryVariants = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> redirectHops = new ConcurrentHashMap<>();
    /** Site pages refused for depth: a shorter route found later may bring them within the limit. */
    private final Set<String> tooDeep = ConcurrentHashMap.newKeySet();
    private final AtomicInteger scheduled = new AtomicInteger();
    private final AtomicInteger deepest = new AtomicInteger();
    private final LimitCounter limits = new LimitCounter();

    CrawlGuard(SiteScope scope, CrawlOptions options) {
        this.scope = scope;
        this.options = options;
    }

    void seed(String url) {
        clicks.put(url, 0);
        scheduled.incrementAndGet();
    }

    NodeKind kindOf(String url) {
        if (!scope.contains(url)) {
            return NodeKind.OUTBOUND;
        }
        return DocumentTypes.isDocumentUrl(url) ? NodeKind.DOCUMENT : NodeKind.PAGE;
    }

    /** Remembers a shorter route to {@code to} found on a page already being processed. */
    void relax(String from, String to, LinkKind kind) {
        Integer base = clicks.get(from);
        if (base != null) {
            clicks.merge(to, base + kind.clicks(), Math::min);
        }
    }

    /** True when the link should be fetched; otherwise the reason is counted. */
    boolean follow(String from, String to, LinkKind kind) {
        return decide(from, to, kind).follow();
    }

    /** Whether to fetch a link, and the {@link Limit} (counted) when a limit refuses it. */
    record Decision(boolean follow, Limit limit) {
        static final Decision FOLLOW = new Decision(true, null);
        static final Decision NOT_A_PAGE = new Decision(false, null);
    }

    Decision decide(String from, String to, LinkKind kind) {
        if (kindOf(to) != NodeKind.PAGE || DocumentTypes.isAssetUrl(to)) {
            return Decision.NOT_A_PAGE;
        }
        relax(from, to, kind);
        Integer depth = clicks.get(to);
        if (depth == null || depth > options.maxDepth()) {
            tooDeep.add(to);
            return counted(Limit.MAX_DEPTH, to);
        }
        Limit trap = trap(to);
        if (trap != null) {
            return counted(trap, to);
        }
        if (scheduled.incrementAndGet() > options.maxPages()) {
            scheduled.decrementAndGet();
            return counted(Limit.MAX_PAGES, to);
        }
        deepest.accumulateAndGet(depth, Math::max);
        return Decision.FOLLOW;
    }

    /** URLs refused for depth so far and not scheduled since. */
    Set<String> tooDeep() {
        return Set.copyOf(tooDeep);
    }

    /**
     * Schedules a URL first refused for depth, now known to be {@code depth} clicks from the homepage.
     * With several threads a page can be fetched by a longer route before its shortest one is known,
     * and its links then look deeper than they are; the crawl looks again once it is idle.
     *
     * @return false when the page budget is used up (counted) or the depth is still too deep
     */
    boolean reschedule(String url, int depth) {
        tooDeep.remove(url);
        if (depth > options.maxDepth() || trap(url) != null) {
            return false;
        }
        if (scheduled.incrementAndGet() > options.maxPages()) {
            scheduled.decrementAndGet();
            counted(Limit.MAX_PAGES, url);
            return false;
        }
        clicks.merge(url, depth, Math::min);
        deepest.accumulateAndGet(depth, Math::max);
        return true;
    }

    /** Counts one more redirect hop from {@code from}; true when the chain is now too long to follow. */
    boolean tooManyRedirects(String from, String to) {
        int hops = redirectHops.getOrDefault(from, 0) + 1;
        redirectHops.merge(to, hops, Math::min);
        return hops > MAX_REDIRECTS;
    }

    /** Counts a link not followed because the error-rate safeguard stopped the site. */
    void stoppedBySafeguard(String url) {
        limits.hit(Limit.ERROR_RATE, url);
    }

    private Decision counted(Limit limit, String url) {
        limits.hit(limit, url);
        return new Decision(false, limit);
    }

    /** The most clicks from the homepage of any URL scheduled so far (for progress display). */
    int deepestScheduled() {
        return deepest.get();
    }

    /** The time budget ran out with {@code unfetched} URLs still queued. */
    void timeUp(String example, long unfetched) {
        limits.hit(Limit.TIME_BUDGET, example, Math.max(1, unfetched));
    }

    void robotsRefused(String url) {
        limits.hit(Limit.ROBOTS, url);
    }

    Map<Limit, LimitHit> limitsHit() {
        return limits.snapshot();
    }

    private Limit trap(String url) {
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        Map<String, Integer> seen = new HashMap<>();
        for (String seg : path.split("/")) {
            if (!seg.isEmpty() && seen.merge(seg, 1, Integer::sum) >= MAX_SEGMENT_REPEATS) {
                return Limit.TRAP_REPEATED_PATH;
            }
        }
        if (u.getRawQuery() != null) {
            int n = queryVariants.computeIfAbsent(u.getHost() + path, k -> new AtomicInteger()).incrementAndGet();
            if (n > MAX_QUERY_VARIANTS) {
                return Limit.TRAP_QUERY_VARIANTS;
            }
        }
        return null;
    }
}
