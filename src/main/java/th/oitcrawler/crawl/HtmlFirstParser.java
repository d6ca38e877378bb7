package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.NotAllowedContentException;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURLFactory;

/**
 * Routes every HTML-ish answer (XHTML and untyped ones included) to our jsoup parser and reports
 * every other answer as a document. The fork treats {@code application/xhtml+xml} as binary and
 * drops it, and drops binaries without any hook (research/crawler4j-fork.md §6 items 9 and 18).
 */
final class HtmlFirstParser extends Parser {
    private final JsoupHtmlParser html;
    private final DocumentListener onDocument;

    HtmlFirstParser(CrawlConfig config, UrlNormalizer normalizer, JsoupHtmlParser html, TLDList tldList,
                    WebURLFactory factory, DocumentListener onDocument) throws Exception {
        super(config, normalizer, html, tldList, factory);
        this.html = html;
        this.onDocument = onDocument;
    }

    @Override
    public void parse(Page page) throws Exception {
        if (!DocumentTypes.isHtml(page.getContentType())) {
            onDocument.document(page.getWebURL().getURL(), page.getStatusCode(), page.getContentType());
            throw new NotAllowedContentException();
        }
        page.setParseData(html.parse(page));
        page.setLanguage("");
    }

    /** Told about each non-HTML answer, which Crawler4j would otherwise drop without a trace. */
    interface DocumentListener {
        void document(String url, int status, String contentType);
    }
}
