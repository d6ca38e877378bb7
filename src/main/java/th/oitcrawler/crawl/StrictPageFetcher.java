package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.UrlResolver;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequest;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Crawler4j's fetcher running on our own HttpClient 5 client: the JDK trust store with hostname
 * checks (the fork trusts every certificate), the SSRF guard as DNS resolver, our timeouts and
 * User-Agent, and redirects left to Crawler4j so each hop is recorded. The fork offers no
 * constructor for a client, but its {@code httpClient} and {@code connectionManager} fields are
 * protected (research/crawler4j-fork.md §2).
 *
 * <p>{@link #fetchPage} is ours too, because the fork's drops oversized pages whole, lets a
 * slow-drip server hold a thread for ever (§6 item 20), inflates gzip without limit and never
 * retries: here the body is read with a cap (the head kept), a whole-page deadline, bomb detection
 * and a binary sniff; 429/503 wait Retry-After and try once more; the error-rate safeguard sees
 * every answer. What a fetch showed beyond its status goes into {@code notes} (URL → error text).
 */
final class StrictPageFetcher extends PageFetcher {
    private final int pageTimeoutMs;
    private final int maxRetryWaitMs;
    private final ErrorRateGuard errorRate;
    private final Map<String, String> notes;
    private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "oit-fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    StrictPageFetcher(CrawlConfig config, UrlNormalizer normalizer, SlotPolitenessServer politeness, CrawlOptions o,
                      ErrorRateGuard errorRate, Map<String, String> notes) throws Exception {
        super(config, normalizer, politeness);
        this.pageTimeoutMs = o.pageTimeoutMs();
        this.maxRetryWaitMs = o.maxRetryWaitMs();
        this.errorRate = errorRate;
        this.notes = notes;
        deadlines.setRemoveOnCancelPolicy(true); // one timer per fetch: 20,000 cancelled ones must not pile up
        PoolingHttpClientConnectionManager old = connectionManager;
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(TlsContexts.strict())
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
                .disableContentCompression()   // BodyReader inflates, with a bomb check
                .disableAutomaticRetries()     // 429/503 are retried here, once, after Retry-After
                .setUserAgent(config.getUserAgentString())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setCookieSpec(StandardCookieSpec.RELAXED)
                        .setResponseTimeout(Timeout.ofMilliseconds(config.getSocketTimeout()))
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        old.close();
    }

    @Override
    public PageFetchResult fetchPage(WebURL url) throws InterruptedException, IOException {
        if (!errorRate.awaitTurn()) {
            throw new SiteStoppedException(errorRate.reason());
        }
        try {
            PageFetchResult r = fetchOnce(url);
            int code = r.getStatusCode();
            if (code == 429 || code == 503) {
                long wait = RetryAfter.waitMs(header(r.getResponseHeaders(), "Retry-After"), Instant.now(), maxRetryWaitMs);
                Thread.sleep(wait);
                r = fetchOnce(url);
                if (r.getStatusCode() == code) {
                    FetchStatus s = code == 429 ? FetchStatus.HTTP_429 : FetchStatus.HTTP_503;
                    notes.put(url.getURL(), s.error("still " + code + " after waiting " + wait + " ms and trying once more"));
                }
            }
            code = r.getStatusCode();
            errorRate.record(code == 403 || code == 429 || code >= 500);
            return r;
        } catch (IOException | RuntimeException e) {
            if (FetchFailures.status(e) != FetchStatus.BLOCKED_PRIVATE_ADDRESS) {
                errorRate.record(true); // a refused address sent nothing: not the site's error
            }
            throw e;
        }
    }

    private PageFetchResult fetchOnce(WebURL url) throws InterruptedException, IOException {
        String target = url.getURL();
        HttpUriRequest request = newHttpUriRequest(target);
        request.setHeader("Accept-Encoding", "gzip, deflate");
        long wait = politenessServer.applyPoliteness(url);
        if (wait > 0) {
            Thread.sleep(wait);
        }
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> timer = deadlines.schedule(() -> {
            late.set(true);
            request.abort();
        }, pageTimeoutMs, TimeUnit.MILLISECONDS);
        try (CloseableHttpResponse response = httpClient.execute(request)) {
            return result(target, response);
        } catch (IOException | RuntimeException e) {
            if (late.get()) {
                throw new FetchProblem(FetchStatus.PAGE_TIMEOUT, "the whole answer took longer than " + pageTimeoutMs
                        + " ms (a server dripping bytes slowly?)");
            }
            throw e;
        } finally {
            timer.cancel(false);
        }
    }

    private PageFetchResult result(String target, CloseableHttpResponse response) throws IOException {
        PageFetchResult r = new PageFetchResult(config.isHaltOnError());
        int code = response.getCode();
        r.setStatusCode(code);
        r.setResponseHeaders(response.getHeaders());
        r.setFetchedUrl(target);
        if (code >= 300 && code < 400 && code != 304) {
            Header loc = response.getFirstHeader("Location");
            if (loc != null && !loc.getValue().isBlank()) {
                r.setMovedToUrl(normalizer.filter(UrlResolver.resolveUrl(target, loc.getValue().strip())));
            }
            return r;
        }
        if (code == 403) {
            notes.put(target, FetchStatus.HTTP_403_BLOCKED.error("the server refused the crawler (a bot or firewall block?)"));
        }
        if (code < 200 || code >= 300 || response.getEntity() == null) {
            return r;
        }
        String type = header(response.getHeaders(), "Content-Type");
        BodyReader.Body body;
        try (InputStream in = response.getEntity().getContent()) {
            body = BodyReader.read(in, header(response.getHeaders(), "Content-Encoding"), config.getMaxDownloadSize());
        }
        if (body.truncated()) {
            notes.put(target, FetchStatus.OVERSIZED_BODY.error("larger than " + config.getMaxDownloadSize()
                    + " bytes; only the first " + config.getMaxDownloadSize() + " were read"));
        }
        if (DocumentTypes.isHtml(type)) {
            String sniffed = BodyReader.sniffBinary(body.bytes());
            if ("binary".equals(sniffed)) {
                notes.put(target, FetchStatus.BINARY_AS_HTML.error("served as " + (type == null ? "no type" : type)
                        + " but the body is binary"));
                type = "application/octet-stream";
            } else if (sniffed != null) {
                type = sniffed; // a PDF from download.php labelled text/html is still a document
            }
        }
        r.setEntity(new ByteArrayEntity(body.bytes(), type == null ? null : ContentType.parseLenient(type)));
        return r;
    }

    private static String header(Header[] headers, String name) {
        if (headers != null) {
            for (Header h : headers) {
                if (h.getName().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
        }
        return null;
    }

    @Override
    public synchronized void shutDown() {
        deadlines.shutdownNow();
        super.shutDown();
    }
}
