package th.oitcrawler.audit;

/**
 * One request of a submitted URL's fetch, as the reports show it.
 *
 * @param method       GET or HEAD
 * @param url          the URL asked for
 * @param status       HTTP status
 * @param location     the redirect target, or null
 * @param contentType  Content-Type, or null
 * @param bytes        body bytes received (capped)
 * @param lastModified Last-Modified header, or null
 * @param etag         ETag header, or null
 * @param ttfbMs       ms from sending to the response head
 */
public record Hop(String method, String url, int status, String location, String contentType, long bytes,
                  String lastModified, String etag, long ttfbMs) {
}
