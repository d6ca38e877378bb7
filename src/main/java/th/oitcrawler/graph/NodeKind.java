package th.oitcrawler.graph;

import java.util.Locale;

/** What a URL is to the site: one of its pages, a document, or a link to another host. */
public enum NodeKind {
    PAGE, DOCUMENT, OUTBOUND;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
