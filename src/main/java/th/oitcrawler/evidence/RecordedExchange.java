package th.oitcrawler.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP request and what it answered, as sent and received: enough to write WARC request and
 * response records and to show the hop in a report.
 *
 * @param method          GET or HEAD
 * @param url             the URL asked for
 * @param startedAt       when the request was sent
 * @param ttfbMs          ms from sending the request (connection set-up included) to the response head
 * @param requestHeaders  the headers sent, in order
 * @param protocol        e.g. "HTTP/1.1"
 * @param status          the status code
 * @param reason          the reason phrase (may be empty)
 * @param responseHeaders the headers received, in order
 * @param body            the body as received (no content coding was asked for), cut at the cap
 * @param truncated       true when the body was longer than the cap
 * @param remoteAddress   the server's IP address, or null when unknown
 * @param tlsUnchecked    true when read without certificate checks after a TLS problem
 */
public record RecordedExchange(String method, String url, Instant startedAt, long ttfbMs,
                               List<HeaderField> requestHeaders, String protocol, int status, String reason,
                               List<HeaderField> responseHeaders, byte[] body, boolean truncated,
                               String remoteAddress, boolean tlsUnchecked) {
    public RecordedExchange {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
        body = body == null ? new byte[0] : body;
        reason = reason == null ? "" : reason;
    }

    /** The first response header of that name (any case). */
    public Optional<String> header(String name) {
        return responseHeaders.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HeaderField::value).findFirst();
    }

    public boolean redirect() {
        return status >= 300 && status < 400 && header("Location").isPresent();
    }

    /** One header line. */
    public record HeaderField(String name, String value) {
    }
}
