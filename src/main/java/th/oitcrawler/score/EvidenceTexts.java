package th.oitcrawler.score;

import java.util.ArrayList;
import java.util.List;
import th.oitcrawler.graph.Edge;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.Node;
import th.oitcrawler.graph.NodeKind;
import th.oitcrawler.match.ItemMatcher;
import th.oitcrawler.thai.DateMention;
import th.oitcrawler.thai.ThaiDateReader;

/**
 * The texts that can date one piece of evidence: the link text and its row, the target's title and
 * headings, its file name and, for a page, its own text (navigation removed at crawl time). Never
 * the text of the page that links to it: an ITA hub's "ITA 2568" heading is the assessment year,
 * not the document's date.
 */
final class EvidenceTexts {
    private EvidenceTexts() {
    }

    static List<DateMention> dates(LinkGraph graph, String url, Edge via, String extraText) {
        List<String> texts = new ArrayList<>();
        if (via != null) {
            texts.add(via.anchor());
            texts.add(via.context());
        }
        graph.node(url).ifPresent(n -> addNode(texts, graph, n));
        texts.add(ItemMatcher.fileName(url));
        if (extraText != null) {
            texts.add(extraText);
        }
        List<DateMention> out = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                out.addAll(ThaiDateReader.read(t));
            }
        }
        return out;
    }

    /** Its own title and headings only: a date in the template ("ปีงบประมาณ 2568" in a banner) dates no page. */
    private static void addNode(List<String> texts, LinkGraph graph, Node n) {
        graph.ownTitle(n.url()).ifPresent(texts::add);
        texts.addAll(graph.ownHeadings(n.url()));
        if (n.kind() == NodeKind.PAGE) {
            texts.add(n.text());
        }
    }
}
