package th.oitcrawler.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.FetchFailures;
import th.oitcrawler.crawl.FetchStatus;
import th.oitcrawler.crawl.RetryAfter;
import th.oitcrawler.crawl.TlsContexts;
import th.oitcrawler.crawl.net.AddressGuard;
import th.oitcrawler.crawl.net.NameService;

/**
 * Fetches one URL directly and follows its redirects itself, so every hop is recorded and loops are
 * named. Real TLS checks, and the same SSRF guard as the crawl: every connection (each redirect hop
 * included) goes through an {@link AddressGuard}. Thread-safe; close it when done.
 */
public final class UrlProbe implements AutoCloseable {
    static final int MAX_REDIRECTS = 10;
    /** Longest Retry-After a probe waits before its one retry of a 429/503. */
    static final long MAX_RETRY_WAIT_MS = 10_000;
    private final CloseableHttpClient client;
    private final int maxBodyBytes;

    /** A probe that refuses every loopback, private and link-local address (for URLs from strangers). */
    public UrlProbe(String userAgent, int timeoutMs, int maxBodyBytes) {
        this(userAgent, timeoutMs, maxBodyBytes, AddressGuard.publicOnly(NameService.SYSTEM));
    }

    public UrlProbe(String userAgent, int timeoutMs, int maxBodyBytes, DnsResolver resolver) {
        this.maxBodyBytes = maxBodyBytes;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(TlsContexts.strict())
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(timeoutMs))
                                .setSocketTimeout(Timeout.ofMilliseconds(timeoutMs)).build())
                        .setMaxConnTotal(20).setMaxConnPerRoute(4).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setUserAgent(userAgent)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(timeoutMs)).build())
                .build();
    }

    /** A probe with the crawl's address rules: private addresses only when the homepage is on one or --allow-private. */
    public static UrlProbe forCrawl(CrawlOptions o, int maxBodyBytes) {
        return new UrlProbe(o.userAgent(), o.readTimeoutMs(), maxBodyBytes,
                AddressGuard.forStart(o.homepage(), o.nameService(), o.allowPrivate()));
    }

    public ProbeResult probe(String url) {
        List<String> hops = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cur = url;
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            if (!seen.add(cur)) {
                return failed(url, cur, hops, FetchStatus.REDIRECT_LOOP.error("back at " + cur));
            }
            try {
                Step step = fetch(cur);
                if (step.status == 429 || step.status == 503) {
                    long wait = RetryAfter.waitMs(step.retryAfter, Instant.now(), MAX_RETRY_WAIT_MS);
                    Thread.sleep(wait);
                    step = fetch(cur);
                    if (step.status == 429 || step.status == 503) {
                        FetchStatus s = step.status == 429 ? FetchStatus.HTTP_429 : FetchStatus.HTTP_503;
                        return new ProbeResult(url, cur, hops, step.status, step.type, step.modified, step.body,
                                s.error("still " + step.status + " after waiting " + wait + " ms and trying once more"));
                    }
                }
                if (step.status >= 300 && step.status < 400 && step.location != null) {
                    hops.add(cur);
                    cur = URI.create(cur).resolve(step.location.strip().replace(" ", "%20")).toString();
                    continue;
                }
                String error = step.status == 403
                        ? FetchStatus.HTTP_403_BLOCKED.error("the server refused the request (a bot or firewall block?)") : null;
                return new ProbeResult(url, cur, hops, step.status, step.type, step.modified, step.body, error);
            } catch (IOException | IllegalArgumentException e) {
                return failed(url, cur, hops, FetchFailures.describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(url, cur, hops, FetchStatus.ERROR.error("interrupted"));
            }
        }
        return failed(url, cur, hops, FetchStatus.TOO_MANY_REDIRECTS.error("more than " + MAX_REDIRECTS + " redirects"));
    }

    private Step fetch(String url) throws IOException {
        HttpGet get = new HttpGet(URI.create(url));
        return client.execute(get, response -> {
            int code = response.getCode();
            byte[] body = new byte[0];
            if (response.getEntity() != null && (code < 300 || code >= 400)) {
                try (InputStream in = response.getEntity().getContent()) {
                    body = in.readNBytes(maxBodyBytes);
                }
            }
            return new Step(code, header(response.getFirstHeader("Location")), header(response.getFirstHeader("Content-Type")),
                    header(response.getFirstHeader("Last-Modified")), header(response.getFirstHeader("Retry-After")), body);
        });
    }

    private static ProbeResult failed(String url, String cur, List<String> hops, String error) {
        return new ProbeResult(url, cur, hops, 0, null, null, null, error);
    }

    private static String header(Header h) {
        return h == null ? null : h.getValue();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private record Step(int status, String location, String type, String modified, String retryAfter, byte[] body) {
    }
}
