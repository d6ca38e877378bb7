package th.oitcrawler.crawl;

import java.util.Locale;

/**
 * Why a fetch ended as it did, one closed set for the crawl and the evidence probe (issue 6). A
 * node's {@code error} in graph.json starts with the JSON name ("read-timeout: …"); plain HTTP
 * failures carry no error and are named from their status code.
 */
public enum FetchStatus {
    OK,
    DNS_FAILURE,
    CONNECTION_REFUSED,
    CONNECTION_RESET,
    /** The server closed the connection without answering. */
    EMPTY_RESPONSE,
    /** Bytes that are not HTTP, or a corrupt gzip/chunked body. */
    BAD_RESPONSE,
    NO_ROUTE,
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    /** The whole answer took longer than the page deadline (slow drip). */
    PAGE_TIMEOUT,
    TLS_EXPIRED,
    TLS_SELF_SIGNED,
    TLS_HOSTNAME_MISMATCH,
    TLS_INCOMPLETE_CHAIN,
    TLS_UNTRUSTED,
    TLS_ERROR,
    /** 403: most often a bot or firewall block, not a missing page. */
    HTTP_403_BLOCKED,
    /** 429 again after waiting Retry-After and trying once more. */
    HTTP_429,
    /** 503 again after waiting Retry-After and trying once more. */
    HTTP_503,
    HTTP_4XX,
    HTTP_5XX,
    REDIRECT_LOOP,
    META_REFRESH_LOOP,
    TOO_MANY_REDIRECTS,
    BROKEN_REDIRECT,
    /** The body was larger than the cap: the head was kept and read. */
    OVERSIZED_BODY,
    DECOMPRESSION_BOMB,
    BINARY_AS_HTML,
    BLOCKED_PRIVATE_ADDRESS,
    TRAP_LIMIT,
    PARSE_ERROR,
    ERROR;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The text stored as a node's error: the JSON name, then what happened. */
    public String error(String detail) {
        return detail == null || detail.isBlank() ? jsonName() : jsonName() + ": " + detail;
    }

    /**
     * True when the site itself is at fault (a dead link, a server error, a redirect that goes
     * nowhere): evidence behind it is BROKEN. Every other failure means the tool could not look —
     * it was blocked, timed out, refused a certificate — and the item needs a person to check.
     */
    public boolean siteFault() {
        return switch (this) {
            case HTTP_4XX, HTTP_5XX, REDIRECT_LOOP, META_REFRESH_LOOP, TOO_MANY_REDIRECTS, BROKEN_REDIRECT -> true;
            default -> false;
        };
    }

    /** True for answers that mean "this crawler is not welcome or cannot get through" rather than "no such page". */
    public boolean blocksCrawler() {
        return switch (this) {
            case HTTP_403_BLOCKED, HTTP_429, HTTP_503, CONNECT_TIMEOUT, READ_TIMEOUT, PAGE_TIMEOUT, CONNECTION_RESET,
                 EMPTY_RESPONSE, TLS_EXPIRED, TLS_SELF_SIGNED, TLS_HOSTNAME_MISMATCH, TLS_INCOMPLETE_CHAIN,
                 TLS_UNTRUSTED, TLS_ERROR -> true;
            default -> false;
        };
    }

    /** The status of a fetch from its HTTP status (0 when none) and its error text (null when none). */
    public static FetchStatus of(int httpStatus, String error) {
        if (error != null) {
            return ofError(error);
        }
        if (httpStatus == 403) {
            return HTTP_403_BLOCKED;
        }
        if (httpStatus >= 500) {
            return HTTP_5XX;
        }
        if (httpStatus >= 400) {
            return HTTP_4XX;
        }
        return OK;
    }

    /** Reads the status back from an error text written by {@link #error}; {@link #ERROR} when unknown. */
    public static FetchStatus ofError(String error) {
        int colon = error.indexOf(':');
        String name = (colon < 0 ? error : error.substring(0, colon)).strip();
        for (FetchStatus s : values()) {
            if (s.jsonName().equals(name)) {
                return s;
            }
        }
        return ERROR;
    }
}
