package th.oitcrawler.crawl;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.LinkKind;
import th.oitcrawler.graph.Node;
import th.oitcrawler.graph.NodeKind;

/** A finished crawl: the frozen graph, the limits that cut it, and how long it took. */
public record CrawlResult(LinkGraph graph, Map<Limit, LimitHit> limitsHit, Duration elapsed) {
    public CrawlResult {
        limitsHit = Map.copyOf(limitsHit);
    }

    public long pages() {
        return graph.nodesUnordered().stream().filter(n -> n.kind() == NodeKind.PAGE && n.fetched()).count();
    }

    public long count(NodeKind kind) {
        return graph.nodesUnordered().stream().filter(n -> n.kind() == kind).count();
    }

    public long errors() {
        return graph.nodesUnordered().stream().filter(Node::failed).count();
    }

    /**
     * The homepage as fetched, following its redirects (http→https, / → /index.php) to the last
     * node of the chain, fetched or not: a redirect to a refused or failing URL names that failure.
     */
    public Node homepageNode() {
        Set<String> seen = new HashSet<>();
        Node n = graph.node(graph.homepage()).orElseThrow();
        while (n.redirect() && n.error() == null && seen.add(n.url())) {
            Node from = n;
            Optional<Node> next = graph.outEdges(n.url()).stream().filter(e -> e.kind() == LinkKind.REDIRECT)
                    .findFirst().flatMap(e -> graph.node(e.to()));
            if (next.isEmpty()) {
                return from;
            }
            n = next.get();
        }
        return n;
    }

    /** True when the homepage (after redirects) answered with a page the crawl could read. */
    public boolean homepageFetched() {
        Node n = homepageNode();
        return n.fetched() && !n.failed() && !n.redirect();
    }

    /** How the site as a whole answered: ok, stopped by the safeguard, blocked, unreachable or failing. */
    public SiteStatus siteStatus() {
        FetchStatus home = fetchStatus(homepageNode());
        return SiteStatus.of(home == null ? FetchStatus.ERROR : home, homepageFetched(),
                limitsHit.containsKey(Limit.ERROR_RATE));
    }

    /** A node's {@link FetchStatus}; null for a URL that was never fetched nor refused. */
    public static FetchStatus fetchStatus(Node n) {
        if (!n.fetched() && n.error() == null) {
            return null;
        }
        return FetchStatus.of(n.status(), n.error());
    }

    public List<LimitHit> limits() {
        return limitsHit.values().stream().toList();
    }
}
