package th.oitcrawler.crawl;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a Retry-After header (RFC 9110 §10.2.3: seconds or an HTTP date) as a wait in ms. */
public final class RetryAfter {
    /** Wait when a 429/503 names none: long enough to be polite, short enough for one retry. */
    static final long DEFAULT_MS = 2_000;

    private RetryAfter() {
    }

    /** The wait asked for, never negative and never more than {@code maxMs}. */
    public static long waitMs(String header, Instant now, long maxMs) {
        long ms = DEFAULT_MS;
        if (header != null && !header.isBlank()) {
            String h = header.strip();
            if (h.matches("\\d{1,9}")) {
                ms = Long.parseLong(h) * 1000;
            } else {
                try {
                    ms = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli()
                            - now.toEpochMilli();
                } catch (DateTimeParseException e) {
                    ms = DEFAULT_MS;
                }
            }
        }
        return Math.max(0, Math.min(ms, maxMs));
    }
}
