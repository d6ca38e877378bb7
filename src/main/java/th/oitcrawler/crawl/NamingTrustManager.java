package th.oitcrawler.crawl;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;

/**
 * The JDK's trust decision, unchanged, with the reason named when it says no: an admin can fix
 * "expired" or "the intermediate certificate is not sent", not "PKIX path building failed".
 * Checks run in that order of usefulness: expiry, host name, self-signed, incomplete chain.
 */
final class NamingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager jdk;

    NamingTrustManager(X509ExtendedTrustManager jdk) {
        this.jdk = jdk;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        try {
            jdk.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw name(chain, socket instanceof SSLSocket s ? peerHost(s.getHandshakeSession()) : null, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        try {
            jdk.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw name(chain, engine == null ? null : engine.getPeerHost(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            jdk.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw name(chain, null, e);
        }
    }

    static CertificateProblem name(X509Certificate[] chain, String host, CertificateException e) {
        if (chain == null || chain.length == 0) {
            return new CertificateProblem(FetchStatus.TLS_UNTRUSTED, "no certificate", e);
        }
        for (X509Certificate c : chain) {
            try {
                c.checkValidity();
            } catch (CertificateExpiredException x) {
                return new CertificateProblem(FetchStatus.TLS_EXPIRED, "certificate " + subject(c) + " expired on "
                        + c.getNotAfter().toInstant(), e);
            } catch (CertificateNotYetValidException x) {
                return new CertificateProblem(FetchStatus.TLS_EXPIRED, "certificate " + subject(c) + " is not valid before "
                        + c.getNotBefore().toInstant(), e);
            }
        }
        if (host != null && !host.isEmpty() && !matches(host, chain[0])) {
            return new CertificateProblem(FetchStatus.TLS_HOSTNAME_MISMATCH, "certificate " + subject(chain[0])
                    + " is not for " + host, e);
        }
        if (chain.length == 1 && selfSigned(chain[0])) {
            return new CertificateProblem(FetchStatus.TLS_SELF_SIGNED, "self-signed certificate " + subject(chain[0]), e);
        }
        X509Certificate last = chain[chain.length - 1];
        if (!selfSigned(last)) {
            return new CertificateProblem(FetchStatus.TLS_INCOMPLETE_CHAIN, "the server does not send the certificate of "
                    + last.getIssuerX500Principal().getName() + " (intermediate missing?)", e);
        }
        return new CertificateProblem(FetchStatus.TLS_UNTRUSTED, "issued by an untrusted root "
                + last.getSubjectX500Principal().getName(), e);
    }

    private static boolean matches(String host, X509Certificate c) {
        try {
            new DefaultHostnameVerifier().verify(host, c);
            return true;
        } catch (SSLException e) {
            return false;
        }
    }

    private static boolean selfSigned(X509Certificate c) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
            return false;
        }
        try {
            c.verify(c.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String subject(X509Certificate c) {
        return "\"" + c.getSubjectX500Principal().getName() + "\"";
    }

    private static String peerHost(SSLSession session) {
        return session == null ? null : session.getPeerHost();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        jdk.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        jdk.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        jdk.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return jdk.getAcceptedIssuers();
    }
}
