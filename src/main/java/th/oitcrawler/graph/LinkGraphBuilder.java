package th.oitcrawler.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects nodes and edges while a crawl runs. Thread-safe: crawler threads call it concurrently.
 *
 * <p>Edges are kept per source page in the order the page lists them, which is what makes click
 * paths deterministic: {@link ClickPaths} breaks ties by document order, never by fetch timing.
 */
public final class LinkGraphBuilder {
    private final Map<String, Draft> nodes = new LinkedHashMap<>();
    private final Map<String, List<Edge>> outEdges = new LinkedHashMap<>();
    /**
     * One instance per distinct anchor, row text, heading and URL. Every page repeats the site's menus,
     * so without it the edges of 150 sites crawled at once by a scan held ~1 GB of copies of the same
     * few hundred strings (issue 5 benchmark); with it they hold each string once per site.
     */
    private final Map<String, String> strings = new HashMap<>();

    /** Makes sure a node exists; a known node keeps its kind unless it was only guessed as a page. */
    public synchronized void node(String url, NodeKind kind, String found) {
        Draft d = nodes.computeIfAbsent(url, u -> new Draft(u, kind, found));
        if (d.kind == NodeKind.PAGE && kind == NodeKind.DOCUMENT) {
            d.kind = kind;
        }
    }

    /** Records the links of one page, in document order, and creates their target nodes. */
    public synchronized void links(String from, List<Edge> edges, Map<String, NodeKind> targetKinds) {
        List<Edge> list = outEdges.computeIfAbsent(from, u -> new ArrayList<>());
        for (Edge e : edges) {
            Edge shared = new Edge(one(e.from()), one(e.to()), one(e.anchor()), e.kind(), one(e.context()), one(e.section()));
            list.add(shared);
            node(shared.to(), targetKinds.getOrDefault(shared.to(), NodeKind.PAGE), "link");
        }
    }

    private String one(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    public synchronized void redirect(String from, String to, int status, NodeKind targetKind) {
        fetched(from, status, null);
        outEdges.computeIfAbsent(from, u -> new ArrayList<>()).add(new Edge(from, to, "", LinkKind.REDIRECT, ""));
        node(to, targetKind, nodes.get(from).found);
    }

    /** Records an HTTP answer for a URL (status and content type as served). */
    public synchronized void fetched(String url, int status, String contentType) {
        Draft d = nodes.computeIfAbsent(url, u -> new Draft(u, NodeKind.PAGE, "link"));
        d.status = status;
        if (contentType != null) {
            d.contentType = contentType;
        }
    }

    /** Records what a fetched HTML page showed. */
    public synchronized void page(String url, String title, List<String> headings, String text, String charset) {
        Draft d = nodes.computeIfAbsent(url, u -> new Draft(u, NodeKind.PAGE, "link"));
        d.kind = NodeKind.PAGE;
        d.title = title;
        d.headings = headings.stream().map(this::one).toList(); // menus and sidebars repeat them
        d.text = text;
        d.charset = charset;
    }

    /** Marks a fetched URL as a document (a non-HTML answer to a URL that looked like a page). */
    public synchronized void document(String url) {
        Draft d = nodes.computeIfAbsent(url, u -> new Draft(u, NodeKind.DOCUMENT, "link"));
        d.kind = NodeKind.DOCUMENT;
    }

    public synchronized void failure(String url, String error) {
        nodes.computeIfAbsent(url, u -> new Draft(u, NodeKind.PAGE, "link")).error = error;
    }

    public synchronized boolean contains(String url) {
        return nodes.containsKey(url);
    }

    public synchronized int size() {
        return nodes.size();
    }

    /** Freezes what was collected; click paths are computed from {@code homepage}. */
    public synchronized LinkGraph freeze(String homepage) {
        node(homepage, NodeKind.PAGE, "link");
        Map<String, Node> frozen = new LinkedHashMap<>();
        for (Draft d : nodes.values()) {
            frozen.put(d.url, new Node(d.url, d.kind, d.status, d.contentType, d.title, d.error,
                    d.headings, d.text, d.charset, d.found));
        }
        Map<String, List<Edge>> out = new LinkedHashMap<>();
        outEdges.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new LinkGraph(homepage, frozen, out);
    }

    private static final class Draft {
        final String url;
        final String found;
        NodeKind kind;
        int status;
        String contentType;
        String title;
        String error;
        List<String> headings = List.of();
        String text = "";
        String charset;

        Draft(String url, NodeKind kind, String found) {
            this.url = url;
            this.kind = kind;
            this.found = found;
        }
    }
}
