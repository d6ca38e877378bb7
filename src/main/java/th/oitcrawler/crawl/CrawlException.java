package th.oitcrawler.crawl;

/** A crawl could not be set up or run at all (not: a page failed, which is data). */
public class CrawlException extends Exception {
    public CrawlException(String message, Throwable cause) {
        super(message, cause);
    }
}
