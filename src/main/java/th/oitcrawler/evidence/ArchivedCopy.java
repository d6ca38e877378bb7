package th.oitcrawler.evidence;

import java.time.Instant;

/**
 * Where one response was preserved: its WARC file and record, and the SHA-256 of its payload (the
 * HTTP body as received), so a reader can find the record and prove it unchanged.
 *
 * @param warcFile         the WARC file's name (relative to the run's WARC folder)
 * @param offset           byte offset of the response record in the file (for replay indexes)
 * @param responseRecordId WARC-Record-ID of the response record, {@code <urn:uuid:…>} without brackets
 * @param requestRecordId  WARC-Record-ID of the matching request record
 * @param url              the target URI
 * @param method           GET or HEAD
 * @param status           HTTP status
 * @param sha256           lower-case hex SHA-256 of the payload
 * @param payloadBytes     payload length
 * @param truncated        true when the body was cut at the size cap (WARC-Truncated: length)
 * @param fetchedAt        when the request was sent (WARC-Date)
 */
public record ArchivedCopy(String warcFile, long offset, String responseRecordId, String requestRecordId, String url,
                           String method, int status, String sha256, long payloadBytes, boolean truncated,
                           Instant fetchedAt) {
}
