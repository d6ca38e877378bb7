package th.oitcrawler.crawl;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;

/**
 * TLS as a browser's user would want it judged: the JDK trust store and host-name checks (the
 * Crawler4j fork trusts everything), with refusals named by {@link NamingTrustManager}.
 */
public final class TlsContexts {
    private TlsContexts() {
    }

    /** A TLS strategy for HttpClient with the JDK's trust store and named refusals. */
    public static DefaultClientTlsStrategy strict() {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init((KeyStore) null);
            X509ExtendedTrustManager jdk = null;
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    jdk = x;
                }
            }
            if (jdk == null) {
                return DefaultClientTlsStrategy.createSystemDefault();
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new NamingTrustManager(jdk)}, null);
            return new DefaultClientTlsStrategy(ctx);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS trust manager: " + e.getMessage(), e);
        }
    }
}
