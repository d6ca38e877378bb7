package th.oitcrawler.match;

import th.oitcrawler.graph.Edge;

/** A URL that may be an item's evidence, the link that points at it (if any), and why. */
public record Candidate(String url, Edge via, Strength strength, String label) {
}
