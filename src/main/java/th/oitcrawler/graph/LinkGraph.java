package th.oitcrawler.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The frozen link graph of one site: every page, document and outbound link found, every edge
 * with its anchor text, and exact click paths from the homepage. Immutable and thread-safe.
 */
public final class LinkGraph {
    private final String homepage;
    private final Map<String, Node> nodes;
    private final Map<String, List<Edge>> outEdges;
    private final Map<String, List<Edge>> inEdges = new LinkedHashMap<>();
    private final ClickPaths paths;
    private final Set<String> chrome;

    LinkGraph(String homepage, Map<String, Node> nodes, Map<String, List<Edge>> outEdges) {
        this.homepage = homepage;
        this.nodes = nodes;
        this.outEdges = outEdges;
        for (List<Edge> list : outEdges.values()) {
            for (Edge e : list) {
                inEdges.computeIfAbsent(e.to(), u -> new ArrayList<>()).add(e);
            }
        }
        this.paths = new ClickPaths(homepage, outEdges);
        this.chrome = SiteChrome.of(nodes.values());
    }

    public String homepage() {
        return homepage;
    }

    public Optional<Node> node(String url) {
        return Optional.ofNullable(nodes.get(url));
    }

    /** Nodes ordered by click depth, then URL; unreachable nodes last. */
    public List<Node> nodes() {
        List<Node> list = new ArrayList<>(nodes.values());
        list.sort(Comparator.comparingInt((Node n) -> depthOrMax(n.url())).thenComparing(Node::url));
        return list;
    }

    /**
     * The title of a page unless the site's template repeats it on many pages ({@link SiteChrome}):
     * what the page itself is called. Empty for a shared title, a missing one, or a URL not in the graph.
     */
    public Optional<String> ownTitle(String url) {
        Node n = nodes.get(url);
        return n == null || n.title() == null || n.title().isEmpty() || chrome.contains(n.title())
                ? Optional.empty() : Optional.of(n.title());
    }

    /** A page's headings without those the site's template repeats on many pages ({@link SiteChrome}). */
    public List<String> ownHeadings(String url) {
        Node n = nodes.get(url);
        return n == null ? List.of() : n.headings().stream().filter(h -> !chrome.contains(h)).toList();
    }

    public int size() {
        return nodes.size();
    }

    public List<Edge> outEdges(String url) {
        return outEdges.getOrDefault(url, List.of());
    }

    public List<Edge> inEdges(String url) {
        return inEdges.getOrDefault(url, List.of());
    }

    public List<Edge> edges() {
        List<Edge> all = new ArrayList<>();
        outEdges.values().forEach(all::addAll);
        return all;
    }

    /** Fewest clicks from the homepage, or empty when no chain of links leads there. */
    public OptionalInt depth(String url) {
        Integer d = paths.depth(url);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d);
    }

    public boolean reachable(String url) {
        return paths.depth(url) != null;
    }

    /** The click path, homepage first and {@code url} last; empty when unreachable. */
    public List<PathStep> clickPath(String url) {
        return paths.path(url);
    }

    public int maxDepth() {
        return paths.maxDepth();
    }

    /**
     * Where a URL ends up after its redirects. Empty when the chain loops or ends at a URL that
     * was never fetched.
     */
    public Optional<String> finalUrl(String url) {
        Set<String> seen = new HashSet<>();
        String cur = url;
        while (seen.add(cur)) {
            Node n = nodes.get(cur);
            if (n == null || !n.redirect()) {
                return n != null && n.fetched() ? Optional.of(cur) : Optional.empty();
            }
            Optional<Edge> next = outEdges(cur).stream().filter(e -> e.kind() == LinkKind.REDIRECT).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            cur = next.get().to();
        }
        return Optional.empty();
    }

    /** True when following redirects from {@code url} comes back to a URL already visited. */
    public boolean redirectLoop(String url) {
        Set<String> seen = new HashSet<>();
        String cur = url;
        while (cur != null) {
            if (!seen.add(cur)) {
                return true;
            }
            Node n = nodes.get(cur);
            if (n == null || !n.redirect()) {
                return false;
            }
            cur = outEdges(cur).stream().filter(e -> e.kind() == LinkKind.REDIRECT)
                    .map(Edge::to).findFirst().orElse(null);
        }
        return false;
    }

    public Collection<Node> nodesUnordered() {
        return nodes.values();
    }

    private int depthOrMax(String url) {
        Integer d = paths.depth(url);
        return d == null ? Integer.MAX_VALUE : d;
    }
}
