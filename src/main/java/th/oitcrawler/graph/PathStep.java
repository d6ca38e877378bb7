package th.oitcrawler.graph;

/**
 * One step of a click path: the URL reached and the anchor text of the link followed to reach it.
 * The first step is the homepage with an empty anchor and a null kind.
 */
public record PathStep(String url, String anchor, LinkKind kind) {
}
