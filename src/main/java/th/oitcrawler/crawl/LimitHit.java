package th.oitcrawler.crawl;

/** A limit that stopped the crawl somewhere: how many links it refused and one of them. */
public record LimitHit(Limit limit, long refused, String example) {
}
