package th.oitcrawler.graph;

import java.util.List;

/**
 * One URL of the graph with what fetching it showed.
 *
 * @param url         normalised URL (the node's identity)
 * @param kind        page, document or outbound
 * @param status      HTTP status, or 0 when not fetched (outbound links, documents, limits)
 * @param contentType Content-Type header as served, or null
 * @param title       page title (decoded), or null
 * @param error       why the fetch failed, starting with its fetch status ("read-timeout: …", "tls-expired: …"), or null
 * @param headings    h1–h3 and breadcrumb texts of the page, in document order
 * @param text        the page's visible text, whitespace-normalised and capped; empty when not a fetched page
 * @param charset     charset the page was decoded with and where it came from, or null
 * @param found       how the URL became known: "link" (from the homepage's links), "sitemap", "submitted"
 */
public record Node(String url, NodeKind kind, int status, String contentType, String title, String error,
                   List<String> headings, String text, String charset, String found) {
    public Node {
        headings = headings == null ? List.of() : List.copyOf(headings);
        text = text == null ? "" : text;
        found = found == null ? "link" : found;
    }

    public boolean fetched() {
        return status > 0;
    }

    /** True when fetching failed: a network/TLS error or an HTTP status of 400 or more. */
    public boolean failed() {
        return error != null || status >= 400;
    }

    public boolean redirect() {
        return status >= 300 && status < 400;
    }
}
