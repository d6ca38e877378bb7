package th.oitcrawler.crawl;

import java.util.HashSet;
import java.util.Set;
import th.oitcrawler.graph.Edge;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.LinkGraphBuilder;
import th.oitcrawler.graph.LinkKind;
import th.oitcrawler.graph.Node;

/**
 * Finds, after the crawl, the pages a browser would bounce between for ever: redirect loops and
 * meta-refresh loops (A refreshes to B, B back to A). Crawler4j fetches each URL once, so a loop
 * ends the crawl's walk quietly; here each page on one is marked with its status.
 */
final class FetchLoops {
    /** A chain longer than this is not followed further when looking for a loop. */
    static final int MAX_CHAIN = 50;

    private FetchLoops() {
    }

    /** Marks loop members in {@code builder}; true when any was marked (the graph must be frozen again). */
    static boolean mark(LinkGraph graph, LinkGraphBuilder builder) {
        boolean marked = false;
        for (Node n : graph.nodesUnordered()) {
            if (n.error() != null || !n.fetched()) {
                continue;
            }
            if (n.redirect() && graph.redirectLoop(n.url())) {
                builder.failure(n.url(), FetchStatus.REDIRECT_LOOP.error("its redirects lead back to a URL already on the way"));
                marked = true;
            } else if (!n.redirect() && refreshTarget(graph, n.url()) != null && refreshLoop(graph, n.url())) {
                builder.failure(n.url(), FetchStatus.META_REFRESH_LOOP.error("its meta refresh leads back to itself through "
                        + refreshTarget(graph, n.url())));
                marked = true;
            }
        }
        return marked;
    }

    private static boolean refreshLoop(LinkGraph graph, String start) {
        Set<String> seen = new HashSet<>();
        String cur = start;
        for (int i = 0; i < MAX_CHAIN && cur != null; i++) {
            if (!seen.add(cur)) {
                return cur.equals(start) || seen.contains(start);
            }
            Node n = graph.node(cur).orElse(null);
            if (n == null || !n.fetched()) {
                return false;
            }
            cur = n.redirect() ? next(graph, cur, LinkKind.REDIRECT) : refreshTarget(graph, cur);
        }
        return false;
    }

    /** Where a page's meta refresh sends the browser; null when it has none or only reloads itself. */
    private static String refreshTarget(LinkGraph graph, String url) {
        String to = next(graph, url, LinkKind.META_REFRESH);
        return to == null || to.equals(url) ? null : to;
    }

    private static String next(LinkGraph graph, String url, LinkKind kind) {
        for (Edge e : graph.outEdges(url)) {
            if (e.kind() == kind) {
                return e.to();
            }
        }
        return null;
    }
}
