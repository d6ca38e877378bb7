package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.HtmlParser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Crawler4j's HTML parser hook, done with jsoup: the fork decodes every page as UTF-8 and ignores
 * {@code <base href>} (research/crawler4j-fork.md §6 items 1 and 10). Hands Crawler4j each distinct
 * link target once, tagged with how it was found; the full ordered link list stays in
 * {@link PageParseData} for the graph. Thread-safe (one instance serves all crawler threads).
 */
final class JsoupHtmlParser implements HtmlParser {
    private final PageReader reader;
    private final WebURLFactory factory;
    private final TLDList tldList;

    JsoupHtmlParser(PageReader reader, WebURLFactory factory, TLDList tldList) {
        this.reader = reader;
        this.factory = factory;
        this.tldList = tldList;
    }

    @Override
    public HtmlParseData parse(Page page) {
        String url = page.getWebURL().getURL();
        ParsedPage parsed = reader.read(page.getContentData(), page.getContentType(), url);
        PageParseData data = new PageParseData(parsed);
        Set<String> seen = new LinkedHashSet<>();
        Set<WebURL> outgoing = new LinkedHashSet<>();
        for (ExtractedLink link : parsed.links()) {
            if (seen.add(link.url())) {
                WebURL w = factory.newWebUrl();
                w.setTldList(tldList);
                w.setURL(link.url());
                w.setAnchor(link.anchor());
                w.setTag(link.kind().name());
                outgoing.add(w);
            }
        }
        data.setOutgoingUrls(outgoing);
        data.setTitle(parsed.title());
        data.setText(parsed.text());
        data.setHtml("");
        data.setMetaTags(new HashMap<>());
        data.setContentCharset(parsed.charset());
        return data;
    }
}
