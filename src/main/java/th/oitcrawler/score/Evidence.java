package th.oitcrawler.score;

import java.util.List;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.thai.DateMention;

/** Builds {@link EvidenceRef}s with the click path from the graph. */
final class Evidence {
    private Evidence() {
    }

    static EvidenceRef ref(LinkGraph graph, String url, int status, String label, String foundBy, List<DateMention> dates) {
        List<String> shown = dates.stream().map(DateMention::text).distinct().limit(12).toList();
        return new EvidenceRef(url, status, graph.clickPath(url), label, foundBy, shown);
    }
}
