package th.oitcrawler.evidence;

import java.util.List;
import java.util.Optional;

/**
 * What one URL answered when fetched directly.
 *
 * @param url          the URL asked for
 * @param finalUrl     where its redirects ended
 * @param redirects    each hop's URL, in order (empty when none)
 * @param status       final HTTP status, 0 when no answer
 * @param contentType  Content-Type of the final answer, or null
 * @param lastModified Last-Modified header, or null
 * @param body         up to the probe's cap of the final body (empty for HEAD or failures)
 * @param error        why there was no usable answer (dns, timeout, tls, redirect loop…), or null
 */
public record ProbeResult(String url, String finalUrl, List<String> redirects, int status, String contentType,
                          String lastModified, byte[] body, String error) {
    public ProbeResult {
        redirects = List.copyOf(redirects);
        body = body == null ? new byte[0] : body;
    }

    /** True when the URL answered 2xx after its redirects. */
    public boolean live() {
        return error == null && status >= 200 && status < 300;
    }

    public Optional<String> failure() {
        if (error != null) {
            return Optional.of(error);
        }
        return status >= 400 || status == 0 ? Optional.of("HTTP " + status) : Optional.empty();
    }
}
