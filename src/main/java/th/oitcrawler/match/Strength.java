package th.oitcrawler.match;

/** How a candidate was tied to an item, strongest first. */
public enum Strength {
    /** the item's code (O5, "O 5", O๕…) in the link text or its table row */
    CODE,
    /** an item keyword in the link text */
    ANCHOR,
    /** an item keyword in the target page's title or headings, or the document's file name */
    TITLE,
    /** an item keyword in the heading the link sits under on its page (a bold label above a table) */
    SECTION,
    /** an item keyword only in the row around a generic link ("เปิด", "ดาวน์โหลด") */
    CONTEXT
}
