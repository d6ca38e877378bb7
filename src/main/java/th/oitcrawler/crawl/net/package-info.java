/**
 * Where the crawl and the evidence probe may connect: the SSRF guard ({@link
 * th.oitcrawler.crawl.net.AddressGuard}), address classification and the name-service seam tests use.
 * Takes host names; gives addresses or a refusal. Does no HTTP itself.
 */
package th.oitcrawler.crawl.net;
