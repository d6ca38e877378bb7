package th.oitcrawler.crawl;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;
import th.oitcrawler.crawl.net.PrivateAddressException;

/**
 * Names why a fetch failed as a {@link FetchStatus} and a sentence a report can show. A failure to
 * fetch is never evidence that an item is missing; the report must say which failure it was.
 */
public final class FetchFailures {
    private FetchFailures() {
    }

    /** The error text for a node or probe result: "status-name: what happened". */
    public static String describe(Throwable t) {
        FetchStatus s = status(t);
        if (t instanceof FetchProblem) {
            return t.getMessage();
        }
        Throwable named = find(t, CertificateProblem.class);
        if (named == null) {
            named = find(t, FetchProblem.class);
        }
        if (named != null) {
            return named.getMessage();
        }
        return s.error(detail(s, t));
    }

    public static FetchStatus status(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            FetchStatus s = direct(c);
            if (s != null) {
                return s;
            }
        }
        return FetchStatus.ERROR;
    }

    private static FetchStatus direct(Throwable c) {
        String msg = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
        if (c instanceof FetchProblem p) {
            return p.status();
        }
        if (c instanceof CertificateProblem p) {
            return p.status();
        }
        if (c instanceof PrivateAddressException) {
            return FetchStatus.BLOCKED_PRIVATE_ADDRESS;
        }
        if (c instanceof UnknownHostException) {
            return FetchStatus.DNS_FAILURE;
        }
        if (c instanceof ConnectTimeoutException || (c instanceof SocketTimeoutException && msg.contains("connect"))) {
            return FetchStatus.CONNECT_TIMEOUT;
        }
        if (c instanceof SocketTimeoutException) {
            return FetchStatus.READ_TIMEOUT;
        }
        if (c instanceof HttpHostConnectException || c instanceof ConnectException) {
            return FetchStatus.CONNECTION_REFUSED;
        }
        if (c instanceof NoRouteToHostException) {
            return FetchStatus.NO_ROUTE;
        }
        if (c instanceof NoHttpResponseException) {
            return FetchStatus.EMPTY_RESPONSE;
        }
        if (c instanceof SSLPeerUnverifiedException && msg.contains("match")) {
            return FetchStatus.TLS_HOSTNAME_MISMATCH;
        }
        if (c instanceof SSLException && c.getCause() == null) {
            return msg.contains("reset") ? FetchStatus.CONNECTION_RESET : FetchStatus.TLS_ERROR;
        }
        if (c instanceof SocketException && (msg.contains("reset") || msg.contains("broken pipe") || msg.contains("abort"))) {
            return FetchStatus.CONNECTION_RESET;
        }
        if (c instanceof ConnectionClosedException) {
            return FetchStatus.CONNECTION_RESET;
        }
        if (c instanceof ProtocolException || c instanceof HttpException || c instanceof ZipException
                || c instanceof org.apache.hc.core5.http.MalformedChunkCodingException) {
            return FetchStatus.BAD_RESPONSE;
        }
        return null;
    }

    private static String detail(FetchStatus s, Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && direct(c) != s) {
            c = c.getCause();
        }
        return switch (s) {
            case DNS_FAILURE -> "host not found (" + c.getMessage() + ")";
            case CONNECT_TIMEOUT -> "no connection within the connect timeout";
            case READ_TIMEOUT -> "the server stopped sending within the read timeout";
            case CONNECTION_REFUSED -> "connection refused";
            case CONNECTION_RESET -> "the server reset the connection";
            case EMPTY_RESPONSE -> "the server closed the connection without an HTTP answer";
            case NO_ROUTE -> "no route to host";
            case ERROR -> t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            default -> c.getMessage();
        };
    }

    private static Throwable find(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }
}
