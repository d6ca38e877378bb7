package th.oitcrawler.crawl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Decodes and parses one HTML body into a {@link ParsedPage}. Thread-safe. */
public final class PageReader {
    /** Enough page text for titles, headings and the dates around them without holding whole sites in memory. */
    static final int TEXT_MAX = 4000;
    private static final String NAVIGATION = "nav, header, footer, aside, script, style, noscript, .navbar, .nav, "
            + ".menu, #menu, .dropdown-menu, .sidebar, [class*=sidebar], [id*=sidebar]";
    /** Parsed once: jsoup would parse a selector string again on every page. */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, .breadcrumb, .breadcrumbs, [class*=breadcrumb]");
    private static final Evaluator NAVIGATION_PARTS = QueryParser.parse(NAVIGATION);
    private final LinkExtractor links;

    public PageReader(UrlNormalizer normalizer) {
        this.links = new LinkExtractor(normalizer);
    }

    public ParsedPage read(byte[] body, String contentType, String url) {
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(body, contentType);
        Document doc = Jsoup.parse(decoded.text(), url);
        List<String> headings = new ArrayList<>();
        for (Element h : doc.select(HEADINGS)) {
            String t = LinkExtractor.clean(h.text());
            if (!t.isEmpty() && headings.size() < 30) {
                headings.add(t.length() > 300 ? t.substring(0, 300) : t);
            }
        }
        List<ExtractedLink> found = links.extract(doc);
        String text = "";
        if (doc.body() != null) {
            // Menus and sidebars carry other pages' dates (latest news…): they must not date this page.
            doc.body().select(NAVIGATION_PARTS).remove();
            String raw = doc.body().text(); // jsoup already collapses whitespace: cut before the final clean
            text = LinkExtractor.clean(raw.length() > TEXT_MAX ? raw.substring(0, TEXT_MAX) : raw);
        }
        return new ParsedPage(LinkExtractor.clean(doc.title()), headings, text, decoded.describe(), found);
    }
}
