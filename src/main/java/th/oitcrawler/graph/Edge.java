package th.oitcrawler.graph;

/**
 * One link as a person sees it.
 *
 * @param from    normalised URL of the page the link is on
 * @param to      normalised URL it leads to
 * @param anchor  visible text (or image alt/title), whitespace-normalised; empty when none
 * @param kind    how it was found
 * @param context text of the table row or list item around the link (real ITA pages link with
 *                nothing but "เปิด" and name the item in the row); empty when none
 */
public record Edge(String from, String to, String anchor, LinkKind kind, String context) {
    public Edge {
        anchor = anchor == null ? "" : anchor;
        context = context == null ? "" : context;
    }
}
