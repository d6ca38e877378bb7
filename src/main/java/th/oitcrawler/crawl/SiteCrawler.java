package th.oitcrawler.crawl;

/**
 * Crawls one site into a link graph. The seam between the product and the crawl engine
 * (Crawler4j today; a home-grown loop or Crawler4j 5.1 tomorrow).
 */
public interface SiteCrawler {
    /**
     * @throws CrawlException when the crawl cannot start (work folder, engine set-up); a site that
     *                        answers badly is not an exception: its failures are in the graph
     */
    CrawlResult crawl(CrawlOptions options) throws CrawlException;

    /**
     * Crawls as {@link #crawl(CrawlOptions)} and publishes how far it has got to {@code progress}
     * while it runs. An engine that cannot tell publishes nothing.
     */
    default CrawlResult crawl(CrawlOptions options, CrawlProgress progress) throws CrawlException {
        return crawl(options);
    }

    /** The default engine. */
    static SiteCrawler create() {
        return new Crawler4jSiteCrawler();
    }
}
