package th.oitcrawler.crawl;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;

/**
 * Names why a fetch failed in words a report can show: "dns", "refused", "timeout", "tls: …".
 * A failure to fetch is never evidence that an item is missing; the report must say which it was.
 */
public final class FetchFailures {
    private FetchFailures() {
    }

    public static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnknownHostException) {
                return "dns: host not found (" + c.getMessage() + ")";
            }
            if (c instanceof ConnectTimeoutException) {
                return "timeout: connect";
            }
            if (c instanceof SocketTimeoutException) {
                return "timeout: read";
            }
            if (c instanceof HttpHostConnectException || c instanceof ConnectException) {
                return "refused: connection refused";
            }
            if (c instanceof NoRouteToHostException) {
                return "unreachable: no route to host";
            }
            if (c instanceof SSLException) {
                return "tls: " + c.getMessage();
            }
        }
        return "error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
