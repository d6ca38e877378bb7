package th.oitcrawler.crawl;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The heading a link sits under. Municipal pages group documents under labels that are often not
 * {@code <h2>} but a bold line ({@code <p><b>ประกาศจัดซื้อจัดจ้าง</b></p>}) above a table or list whose
 * links read only "คลิก"; the label, not the row, names the OIT item.
 *
 * <p>Walks up from the link; at each level looks back over earlier siblings for the nearest heading.
 * A labelled line that carries its own link ("<b>รายงานผล 2562</b> คลิก") ends the search: the links
 * after it no longer belong to the heading above.
 */
final class SectionHeadings {
    private static final Set<String> H = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> INLINE = Set.of("b", "strong", "span", "font", "em", "i", "u");
    private static final Set<String> STOP = Set.of("body", "html", "nav", "header", "footer");
    private static final int MAX_LEVELS = 6;
    private static final int MAX_SIBLINGS = 40;
    private static final int MAX_LENGTH = 120;

    /** Shapes already read on this page: the same rows and headings are looked at for every link. */
    private final java.util.IdentityHashMap<Element, Shape> memo = new java.util.IdentityHashMap<>();

    SectionHeadings() {
    }

    String above(Element link) {
        Element at = link;
        for (int level = 0; level < MAX_LEVELS && at.parent() != null; level++, at = at.parent()) {
            if (STOP.contains(at.normalName())) {
                break;
            }
            if (level > 0 && (isHeading(at) || isLabelledLinkLine(at))) {
                return ""; // the link is on a labelled line itself: its row context covers it
            }
            Element sib = at.previousElementSibling();
            for (int n = 0; sib != null && n < MAX_SIBLINGS; n++, sib = sib.previousElementSibling()) {
                if (isHeading(sib) && (level > 0 || !INLINE.contains(sib.normalName()))) {
                    // a bold word beside the link on its own line labels that line: the row context has it
                    return LinkExtractor.clean(sib.text());
                }
                if (isLabelledLinkLine(sib)) {
                    return "";
                }
            }
        }
        return "";
    }

    /** An h1–h6, or a block whose whole text is bold (b, strong) and has no link. */
    boolean isHeading(Element e) {
        Shape shape = shape(e);
        if (shape == null || shape.hasLink) {
            return false;
        }
        String text = LinkExtractor.clean(shape.text.toString());
        if (text.length() < 3 || text.length() > MAX_LENGTH) {
            return false;
        }
        if (H.contains(e.normalName())) {
            return true;
        }
        String bold = LinkExtractor.clean(shape.bold.toString());
        return !bold.isEmpty() && (bold.equals(text) || e.normalName().equals("b") || e.normalName().equals("strong"));
    }

    private Shape shape(Element e) {
        if (memo.containsKey(e)) {
            return memo.get(e);
        }
        Shape s = Shape.of(e);
        memo.put(e, s);
        return s;
    }

    private boolean isLabelledLinkLine(Element e) {
        Element first = e.childrenSize() == 0 ? null : e.child(0);
        if (first == null || !(first.normalName().equals("b") || first.normalName().equals("strong"))) {
            return false;
        }
        Shape shape = shape(e);
        return shape != null && shape.hasLink;
    }

    /**
     * Text, bold text and links of a small element, read in one walk that gives up (null) past
     * {@value #MAX_NODES} nodes: a heading or a labelled line is small, and reading the text of every
     * big container above every link made crawling 4× slower on 25 KB pages.
     */
    private static final class Shape {
        private static final int MAX_NODES = 60;
        final StringBuilder text = new StringBuilder();
        final StringBuilder bold = new StringBuilder();
        boolean hasLink;

        static Shape of(Element e) {
            Shape s = new Shape();
            int[] nodes = {0};
            NodeFilter.FilterResult end = NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (++nodes[0] > MAX_NODES || s.text.length() > 2 * MAX_LENGTH) {
                        return FilterResult.STOP;
                    }
                    if (node instanceof TextNode t) {
                        s.text.append(t.getWholeText()).append(' ');
                        if (insideBold(t, e)) {
                            s.bold.append(t.getWholeText()).append(' ');
                        }
                    } else if (node instanceof Element el && el.normalName().equals("a") && el.hasAttr("href")) {
                        s.hasLink = true;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, e);
            return end == NodeFilter.FilterResult.STOP ? null : s;
        }

        private static boolean insideBold(Node n, Element root) {
            for (Node p = n.parent(); p != null; p = p.parent()) {
                if (p instanceof Element el && (el.normalName().equals("b") || el.normalName().equals("strong"))) {
                    return true;
                }
                if (p == root) {
                    return false;
                }
            }
            return false;
        }
    }
}
