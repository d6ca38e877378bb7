package th.oitcrawler.evidence;

import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;

/**
 * Names the certificate problems behind a failed TLS connection: from the exception the strict
 * (JDK trust store, hostname-checking) client threw and, when the page was then read without checks,
 * from the certificate chain the server actually sent. Stateless.
 */
public final class TlsFindings {
    private static final DefaultHostnameVerifier HOSTNAMES = new DefaultHostnameVerifier();

    private TlsFindings() {
    }

    /** True when {@code t} (or a cause) is a TLS failure rather than a plain network one. */
    public static boolean isTls(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param failure the strict client's exception
     * @param host    the host asked for
     * @param chain   the chain the server sent (leaf first), empty when it could not be read
     * @param now     the check time, for validity dates
     */
    public static List<TlsProblem> classify(Throwable failure, String host, List<Certificate> chain, Date now) {
        Set<TlsProblem> found = EnumSet.noneOf(TlsProblem.class);
        String messages = messages(failure);
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof CertificateExpiredException) {
                found.add(TlsProblem.EXPIRED);
            } else if (c instanceof CertificateNotYetValidException) {
                found.add(TlsProblem.NOT_YET_VALID);
            } else if (c instanceof SSLPeerUnverifiedException) {
                found.add(TlsProblem.HOSTNAME_MISMATCH);
            }
        }
        if (messages.contains("doesn't match") || messages.contains("no subject alternative")
                || messages.contains("no name matching")) {
            found.add(TlsProblem.HOSTNAME_MISMATCH);
        }
        boolean pathFailed = messages.contains("pkix") || messages.contains("certification path");
        if (!chain.isEmpty() && chain.get(0) instanceof X509Certificate leaf) {
            fromChain(found, host, chain, leaf, now, pathFailed);
        } else if (pathFailed) {
            found.add(TlsProblem.UNTRUSTED_ISSUER);
        }
        if (found.isEmpty()) {
            found.add(TlsProblem.HANDSHAKE_FAILED);
        }
        return List.copyOf(found);
    }

    private static void fromChain(Set<TlsProblem> found, String host, List<Certificate> chain, X509Certificate leaf,
                                  Date now, boolean pathFailed) {
        if (now.after(leaf.getNotAfter())) {
            found.add(TlsProblem.EXPIRED);
        }
        if (now.before(leaf.getNotBefore())) {
            found.add(TlsProblem.NOT_YET_VALID);
        }
        try {
            HOSTNAMES.verify(host, leaf);
        } catch (SSLException e) {
            found.add(TlsProblem.HOSTNAME_MISMATCH);
        }
        if (!pathFailed) {
            return;
        }
        X509Certificate last = (X509Certificate) chain.get(chain.size() - 1);
        boolean selfIssued = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
        if (chain.size() == 1 && selfIssued) {
            found.add(TlsProblem.SELF_SIGNED);
        } else if (!selfIssued) {
            found.add(TlsProblem.INCOMPLETE_CHAIN);
        } else {
            found.add(TlsProblem.UNTRUSTED_ISSUER);
        }
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append(' ');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
