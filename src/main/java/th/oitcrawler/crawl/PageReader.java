package th.oitcrawler.crawl;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Decodes and parses one HTML body into a {@link ParsedPage}. Thread-safe. */
public final class PageReader {
    /** Enough page text for titles, headings and the dates around them without holding whole sites in memory. */
    static final int TEXT_MAX = 4000;
    private final LinkExtractor links;

    public PageReader(UrlNormalizer normalizer) {
        this.links = new LinkExtractor(normalizer);
    }

    public ParsedPage read(byte[] body, String contentType, String url) {
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(body, contentType);
        Document doc = Jsoup.parse(decoded.text(), url);
        List<String> headings = new ArrayList<>();
        for (Element h : doc.select("h1, h2, h3, .breadcrumb, .breadcrumbs, [class*=breadcrumb]")) {
            String t = LinkExtractor.clean(h.text());
            if (!t.isEmpty() && headings.size() < 30) {
                headings.add(t.length() > 300 ? t.substring(0, 300) : t);
            }
        }
        String text = doc.body() == null ? "" : LinkExtractor.clean(doc.body().text());
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        return new ParsedPage(LinkExtractor.clean(doc.title()), headings, text, decoded.describe(),
                links.extract(doc));
    }
}
