package th.oitcrawler.evidence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.util.Timeout;

/**
 * The two HttpClient 5 clients behind {@link EvidenceFetcher}: a strict one (JDK trust store, host
 * names checked) for every request, and an unchecked one used only to read a page again after the
 * strict one named its certificate problems. Both: redirects by hand, no content coding asked for
 * (bodies are kept as sent), our timeouts and User-Agent. One pair per agency, so cookies and
 * connections are never shared between agencies.
 */
final class EvidenceClients implements AutoCloseable {
    private final CloseableHttpClient strict;
    private final CloseableHttpClient unchecked;

    EvidenceClients(String userAgent, int timeoutMs, DnsResolver resolver) {
        this.strict = client(userAgent, timeoutMs, DefaultClientTlsStrategy.createSystemDefault(), resolver);
        this.unchecked = client(userAgent, timeoutMs, resolver, ClientTlsStrategyBuilder.create()
                .setSslContext(trustAll())
                .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                .buildClassic());
    }

    private static CloseableHttpClient client(String userAgent, int timeoutMs, DnsResolver resolver, TlsSocketStrategy tls) {
        return client(userAgent, timeoutMs, tls, resolver);
    }

    CloseableHttpClient strict() {
        return strict;
    }

    CloseableHttpClient unchecked() {
        return unchecked;
    }

    static String remoteAddress(HttpClientContext context) {
        EndpointDetails e = context.getEndpointDetails();
        SocketAddress a = e == null ? null : e.getRemoteAddress();
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress() : null;
    }

    private static CloseableHttpClient client(String userAgent, int timeoutMs, TlsSocketStrategy tls, DnsResolver resolver) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(tls)
                        .setDnsResolver(resolver) // the SSRF guard: both clients, every hop
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(Math.min(timeoutMs, 10_000)))
                                .setSocketTimeout(Timeout.ofMilliseconds(timeoutMs)).build())
                        .setMaxConnTotal(8).setMaxConnPerRoute(2).build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .setUserAgent(userAgent)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(timeoutMs)).build())
                .build();
    }

    private static SSLContext trustAll() {
        TrustManager accept = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not a server
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // read-only second look after the strict client has named the problem
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {accept}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }

    @Override
    public void close() throws IOException {
        strict.close();
        unchecked.close();
    }
}
