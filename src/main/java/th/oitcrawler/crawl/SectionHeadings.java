package th.oitcrawler.crawl;

import java.util.Set;
import org.jsoup.nodes.Element;

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

    private SectionHeadings() {
    }

    static String above(Element link) {
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
    static boolean isHeading(Element e) {
        String text = LinkExtractor.clean(e.text());
        if (text.length() < 3 || text.length() > MAX_LENGTH || !e.select("a[href]").isEmpty()) {
            return false;
        }
        if (H.contains(e.normalName())) {
            return true;
        }
        String bold = LinkExtractor.clean(String.join(" ", e.select("b, strong").eachText()));
        return !bold.isEmpty() && (bold.equals(text) || e.normalName().equals("b") || e.normalName().equals("strong"));
    }

    private static boolean isLabelledLinkLine(Element e) {
        Element first = e.children().isEmpty() ? null : e.child(0);
        return first != null && (first.normalName().equals("b") || first.normalName().equals("strong"))
                && !e.select("a[href]").isEmpty();
    }
}
