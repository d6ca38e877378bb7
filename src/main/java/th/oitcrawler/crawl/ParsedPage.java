package th.oitcrawler.crawl;

import java.util.List;

/**
 * What one HTML page showed: decoded title, headings and breadcrumbs, visible text (capped) and its
 * links in document order.
 */
public record ParsedPage(String title, List<String> headings, String text, String charset,
                         List<ExtractedLink> links) {
    public ParsedPage {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
