package th.oitcrawler.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Everything one fetch of a URL went through: each hop (redirects first, the final answer last),
 * the failure that stopped it, and the certificate problems met on the way.
 *
 * @param url   the URL asked for
 * @param hops  every request/response, in order; empty when not even the first answered
 * @param error why there was no final answer (dns, timeout, refused, tls, redirect loop…), or null
 * @param tls   certificate problems found (the hops after one were read without certificate checks)
 */
public record FetchTrace(String url, List<RecordedExchange> hops, String error, List<TlsProblem> tls) {
    public FetchTrace {
        hops = List.copyOf(hops);
        tls = List.copyOf(tls);
    }

    /** The last answer received, when there was one. */
    public Optional<RecordedExchange> last() {
        return hops.isEmpty() ? Optional.empty() : Optional.of(hops.get(hops.size() - 1));
    }

    /** The final status, or 0 when the fetch failed before an answer or ended in a redirect. */
    public int status() {
        return error != null ? 0 : last().map(RecordedExchange::status).orElse(0);
    }

    public String finalUrl() {
        return last().map(RecordedExchange::url).orElse(url);
    }

    /** This trace as the judge of {@code check} reads a probe. */
    public ProbeResult asProbe() {
        List<String> redirects = hops.stream().filter(RecordedExchange::redirect).map(RecordedExchange::url).toList();
        RecordedExchange end = last().filter(h -> !h.redirect()).orElse(null);
        if (error != null || end == null) {
            String why = error != null ? error : "broken redirect";
            return new ProbeResult(url, finalUrl(), redirects, 0, null, null, null, why);
        }
        return new ProbeResult(url, end.url(), redirects, end.status(), end.header("Content-Type").orElse(null),
                end.header("Last-Modified").orElse(null), end.body(), null);
    }
}
