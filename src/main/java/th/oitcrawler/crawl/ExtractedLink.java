package th.oitcrawler.crawl;

import th.oitcrawler.graph.LinkKind;

/** A link read from a page: normalised absolute URL, visible text, how it was found, row context. */
public record ExtractedLink(String url, String anchor, LinkKind kind, String context) {
}
