package th.oitcrawler.crawl;

import th.oitcrawler.graph.LinkKind;

/** A link read from a page: normalised absolute URL, visible text, how it was found, row context, section heading. */
public record ExtractedLink(String url, String anchor, LinkKind kind, String context, String section) {
    public ExtractedLink(String url, String anchor, LinkKind kind, String context) {
        this(url, anchor, kind, context, "");
    }
}
