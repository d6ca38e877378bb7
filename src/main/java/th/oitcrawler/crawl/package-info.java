/**
 * Crawls one site from its homepage the way a careful person clicks through it.
 *
 * <p>Takes {@link th.oitcrawler.crawl.CrawlOptions}; gives a {@link th.oitcrawler.crawl.CrawlResult}
 * holding the frozen {@link th.oitcrawler.graph.LinkGraph} and what limits were hit. Crawler4j (the
 * maintained 5.0.2 fork) provides the frontier, worker threads, robots.txt and redirect scheduling and
 * is used only in this package, behind {@link th.oitcrawler.crawl.SiteCrawler}; parsing (jsoup), HTTP
 * (our own HttpClient 5 client with real TLS checks), politeness and the JE cache are ours, because the
 * fork gets each of them wrong (see shared/research/crawler4j-fork.md). Every fetch ends with a
 * {@link th.oitcrawler.crawl.FetchStatus}; the SSRF guard of {@code crawl.net} decides which addresses
 * may be connected to. Does not judge items.
 */
package th.oitcrawler.crawl;
