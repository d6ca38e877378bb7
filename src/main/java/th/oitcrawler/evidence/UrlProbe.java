package th.oitcrawler.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;
import th.oitcrawler.crawl.FetchFailures;

/**
 * Fetches one URL directly and follows its redirects itself, so every hop is recorded and loops are
 * named. Real TLS checks. Thread-safe; close it when done.
 */
public final class UrlProbe implements AutoCloseable {
    static final int MAX_REDIRECTS = 10;
    private final CloseableHttpClient client;
    private final int maxBodyBytes;

    public UrlProbe(String userAgent, int timeoutMs, int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(timeoutMs))
                                .setSocketTimeout(Timeout.ofMilliseconds(timeoutMs)).build())
                        .setMaxConnTotal(20).setMaxConnPerRoute(4).build())
                .disableRedirectHandling()
                .setUserAgent(userAgent)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(timeoutMs)).build())
                .build();
    }

    public ProbeResult probe(String url) {
        List<String> hops = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cur = url;
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            if (!seen.add(cur)) {
                return new ProbeResult(url, cur, hops, 0, null, null, null, "redirect loop at " + cur);
            }
            try {
                HttpGet get = new HttpGet(URI.create(cur));
                Step step = client.execute(get, response -> {
                    Header loc = response.getFirstHeader("Location");
                    int code = response.getCode();
                    String type = header(response.getFirstHeader("Content-Type"));
                    String modified = header(response.getFirstHeader("Last-Modified"));
                    byte[] body = new byte[0];
                    if (response.getEntity() != null && (code < 300 || code >= 400)) {
                        try (InputStream in = response.getEntity().getContent()) {
                            body = in.readNBytes(maxBodyBytes);
                        }
                    }
                    return new Step(code, loc == null ? null : loc.getValue(), type, modified, body);
                });
                if (step.status >= 300 && step.status < 400 && step.location != null) {
                    hops.add(cur);
                    cur = URI.create(cur).resolve(step.location.replace(" ", "%20")).toString();
                    continue;
                }
                return new ProbeResult(url, cur, hops, step.status, step.type, step.modified, step.body, null);
            } catch (IOException | IllegalArgumentException e) {
                return new ProbeResult(url, cur, hops, 0, null, null, null, FetchFailures.describe(e));
            }
        }
        return new ProbeResult(url, cur, hops, 0, null, null, null, "too many redirects (more than " + MAX_REDIRECTS + ")");
    }

    private static String header(Header h) {
        return h == null ? null : h.getValue();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private record Step(int status, String location, String type, String modified, byte[] body) {
    }
}
