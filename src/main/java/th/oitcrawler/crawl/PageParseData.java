package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.parser.HtmlParseData;

/** Crawler4j's parse result carrying our {@link ParsedPage}, so {@code visit()} needs no second parse. */
final class PageParseData extends HtmlParseData {
    private final ParsedPage page;

    PageParseData(ParsedPage page) {
        this.page = page;
    }

    ParsedPage page() {
        return page;
    }
}
