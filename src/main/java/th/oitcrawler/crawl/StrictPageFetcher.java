package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Crawler4j's fetcher running on our own HttpClient 5 client: the JDK trust store with hostname
 * checks (the fork trusts every certificate), our timeouts and User-Agent, and redirects left to
 * Crawler4j so each hop is recorded. The fork offers no constructor for a client, but its
 * {@code httpClient} and {@code connectionManager} fields are protected (research/crawler4j-fork.md §2).
 */
final class StrictPageFetcher extends PageFetcher {

    StrictPageFetcher(CrawlConfig config, UrlNormalizer normalizer, SlotPolitenessServer politeness)
            throws Exception {
        super(config, normalizer, politeness);
        PoolingHttpClientConnectionManager old = connectionManager;
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                .setDnsResolver(config.getDnsResolver())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(config.getConnectionTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(config.getSocketTimeout()))
                        .build())
                .setMaxConnTotal(config.getMaxTotalConnections())
                .setMaxConnPerRoute(config.getMaxConnectionsPerHost())
                .build();
        connectionManager = pool;
        httpClient = HttpClients.custom()
                .setConnectionManager(pool)
                .disableRedirectHandling()
                .setUserAgent(config.getUserAgentString())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setCookieSpec(StandardCookieSpec.RELAXED)
                        .setResponseTimeout(Timeout.ofMilliseconds(config.getSocketTimeout()))
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        old.close();
    }
}
