package th.oitcrawler.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLSession;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.client5.http.DnsResolver;
import th.oitcrawler.crawl.FetchFailures;
import th.oitcrawler.crawl.net.AddressGuard;
import th.oitcrawler.crawl.net.NameService;

/**
 * Fetches one evidence URL the way an auditor needs it kept: every redirect hop followed by hand and
 * recorded with its headers, body (up to a cap), time to first byte and server address; loops named.
 * Certificates are checked against the JDK trust store with host names; when that fails the problems
 * are named ({@link TlsFindings}) and the page is read once more without checks, so the report can
 * still show and preserve what a person clicking through the browser warning would see.
 * Thread-safe; close it when done.
 */
public final class EvidenceFetcher implements AutoCloseable {
    static final int MAX_REDIRECTS = 10;
    private final EvidenceClients clients;
    private final String userAgent;
    private final int maxBodyBytes;

    /** A fetcher that refuses every loopback, private and link-local address (issue 6 SSRF guard). */
    public EvidenceFetcher(String userAgent, int timeoutMs, int maxBodyBytes) {
        this(userAgent, timeoutMs, maxBodyBytes, AddressGuard.publicOnly(NameService.SYSTEM));
    }

    /** @param resolver the SSRF guard every connection (each redirect hop included) resolves through */
    public EvidenceFetcher(String userAgent, int timeoutMs, int maxBodyBytes, DnsResolver resolver) {
        this.clients = new EvidenceClients(userAgent, timeoutMs, resolver);
        this.userAgent = userAgent;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** GET {@code url}, following redirects. Never throws for what the server or network does. */
    public FetchTrace get(String url) {
        return fetch(url, "GET");
    }

    /** HEAD {@code url}, following redirects (outbound evidence is asked politely first). */
    public FetchTrace head(String url) {
        return fetch(url, "HEAD");
    }

    private FetchTrace fetch(String url, String method) {
        List<RecordedExchange> hops = new ArrayList<>();
        List<TlsProblem> tls = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cur = url;
        boolean unchecked = false;
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            if (!seen.add(cur)) {
                return new FetchTrace(url, hops, "redirect loop at " + cur, tls);
            }
            RecordedExchange hop;
            try {
                hop = exchange(cur, method, unchecked ? clients.unchecked() : clients.strict(), unchecked, null);
            } catch (IOException | IllegalArgumentException e) {
                if (unchecked || !TlsFindings.isTls(e)) {
                    return new FetchTrace(url, hops, FetchFailures.describe(e), tls);
                }
                List<Certificate> chain = new ArrayList<>();
                try {
                    hop = exchange(cur, method, clients.unchecked(), true, chain);
                    unchecked = true;
                } catch (IOException | IllegalArgumentException again) {
                    tls.addAll(TlsFindings.classify(e, URI.create(cur).getHost(), chain, new Date()));
                    return new FetchTrace(url, hops, FetchFailures.describe(e), tls);
                }
                tls.addAll(TlsFindings.classify(e, URI.create(cur).getHost(), chain, new Date()));
            }
            hops.add(hop);
            if (!hop.redirect()) {
                return new FetchTrace(url, hops, null, tls);
            }
            cur = URI.create(cur).resolve(hop.header("Location").orElseThrow().strip().replace(" ", "%20")).toString();
        }
        return new FetchTrace(url, hops, "too many redirects (more than " + MAX_REDIRECTS + ")", tls);
    }

    private RecordedExchange exchange(String url, String method, CloseableHttpClient client, boolean unchecked,
                                      List<Certificate> chainOut) throws IOException {
        URI uri = URI.create(url);
        HttpUriRequestBase request = method.equals("HEAD") ? new HttpHead(uri) : new HttpGet(uri);
        List<RecordedExchange.HeaderField> sent = new ArrayList<>();
        sent.add(new RecordedExchange.HeaderField("Host", uri.getRawAuthority()));
        for (String[] h : new String[][] {{"User-Agent", userAgent}, {"Accept", "*/*"},
                {"Accept-Language", "th,en;q=0.8"}}) {
            request.addHeader(h[0], h[1]);
            sent.add(new RecordedExchange.HeaderField(h[0], h[1]));
        }
        HttpClientContext context = HttpClientContext.create();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        return client.execute(request, context, response -> {
            long ttfb = (System.nanoTime() - t0) / 1_000_000;
            byte[] body = new byte[0];
            boolean truncated = false;
            if (response.getEntity() != null && !method.equals("HEAD")) {
                try (InputStream in = response.getEntity().getContent()) {
                    body = in.readNBytes(maxBodyBytes);
                    truncated = body.length == maxBodyBytes && in.read() >= 0;
                }
            }
            SSLSession ssl = context.getSSLSession();
            if (chainOut != null && ssl != null) {
                try {
                    chainOut.addAll(List.of(ssl.getPeerCertificates()));
                } catch (javax.net.ssl.SSLPeerUnverifiedException ignored) {
                    // no chain to read: classified from the exception alone
                }
            }
            return new RecordedExchange(method, url, started, ttfb, sent, response.getVersion() == null ? "HTTP/1.1"
                    : response.getVersion().format(), response.getCode(), response.getReasonPhrase(),
                    headers(response), body, truncated, EvidenceClients.remoteAddress(context), unchecked);
        });
    }

    private static List<RecordedExchange.HeaderField> headers(ClassicHttpResponse response) {
        List<RecordedExchange.HeaderField> out = new ArrayList<>();
        for (Header h : response.getHeaders()) {
            out.add(new RecordedExchange.HeaderField(h.getName(), h.getValue()));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        clients.close();
    }
}
