package th.oitcrawler.score;

import java.util.List;
import th.oitcrawler.graph.PathStep;

/**
 * One piece of evidence for an item.
 *
 * @param url        the evidence URL
 * @param httpStatus what it answered (0 when not fetched)
 * @param clickPath  homepage first, this URL last; empty when not reachable from the homepage
 * @param label      the text that tied it to the item (anchor, row, title)
 * @param foundBy    how it was found: "link", "row", "title", "heading", "file-name", "submitted"
 * @param dates      what date evidence was read for it, human-readable (may be empty)
 */
public record EvidenceRef(String url, int httpStatus, List<PathStep> clickPath, String label, String foundBy,
                          List<String> dates) {
    public EvidenceRef {
        clickPath = List.copyOf(clickPath);
        dates = List.copyOf(dates);
    }
}
