package th.oitcrawler.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import th.oitcrawler.graph.LinkGraph;
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

    /** The homepage as fetched, following its redirects (http→https, / → /index.php). */
    public Node homepageNode() {
        String url = graph.finalUrl(graph.homepage()).orElse(graph.homepage());
        return graph.node(url).orElseThrow();
    }

    /** True when the homepage (after redirects) answered with a page the crawl could read. */
    public boolean homepageFetched() {
        Node n = homepageNode();
        return n.fetched() && !n.failed() && !n.redirect();
    }

    public List<LimitHit> limits() {
        return limitsHit.values().stream().toList();
    }
}
