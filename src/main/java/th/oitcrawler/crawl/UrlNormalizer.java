package th.oitcrawler.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes one page one node: the same page linked as {@code ข่าว.html}, {@code %E0%B8%82…} or
 * {@code ./ข่าว.html#top} gets one URL string.
 *
 * <p>Extends crawler-commons' normaliser so that Crawler4j (which normalises seeds, links and
 * redirect targets with the instance we give it) and our graph agree on every string. Before the
 * base rules it drops fragments and session ids and percent-encodes raw Thai characters and spaces
 * as UTF-8, which browsers do too. Idempotent. Thread-safe.
 */
public final class UrlNormalizer extends BasicURLNormalizer {
    /** Session-id query parameters (PHP, ASP, ColdFusion, Java). Not "sid": Thai CMSs use it for section ids. */
    static final List<String> SESSION_PARAMS = List.of("PHPSESSID", "phpsessid", "sessionid",
            "SESSIONID", "jsessionid", "JSESSIONID", "ASPSESSIONID", "CFID", "CFTOKEN");
    private static final Pattern PATH_SESSION = Pattern.compile("(?i);(jsessionid|sessionid|phpsessid)=[^?#/]*");
    private static final int CACHE_MAX = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> cache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    public UrlNormalizer() {
        super(BasicURLNormalizer.newBuilder()
                .idnNormalization(IdnNormalization.NONE)
                .queryParamsToRemove(SESSION_PARAMS));
    }

    /** The canonical form of an absolute http(s) URL, or null when it is not one (crawler4j's contract). */
    @Override
    public String filter(String url) {
        if (url == null) {
            return null;
        }
        // Every page repeats its menu's links: normalising each once saves a tenth of a crawl's CPU.
        if (cache.size() > CACHE_MAX) {
            cache.clear();
        }
        return cache.computeIfAbsent(url, u -> Optional.ofNullable(normalizeUncached(u))).orElse(null);
    }

    private String normalizeUncached(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = PATH_SESSION.matcher(u).replaceAll("");
        u = decodeUnreservedInPath(encodeUnsafe(u));
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        String out = super.filter(u);
        if (out == null) {
            return null;
        }
        try {
            URI uri = new URI(out);
            return uri.getHost() == null ? null : out;
        } catch (Exception e) {
            return null;
        }
    }

    public Optional<String> normalize(String url) {
        return Optional.ofNullable(filter(url));
    }

    /**
     * Decodes percent-escapes of unreserved characters (RFC 3986 §2.3: letters, digits, "-._~") in
     * the path, as the base normaliser would. It must happen here: crawler-commons 1.3 decodes them
     * itself but then cuts the query at the old offsets, so {@code /%7Euser/p.php?id=5} became
     * {@code /~user/p.php?i} — a different page (found by the jqwik idempotence property, issue 6).
     */
    static String decodeUnreservedInPath(String u) {
        int scheme = u.indexOf("://");
        int pathStart = scheme < 0 ? -1 : u.indexOf('/', scheme + 3);
        if (pathStart < 0 || u.indexOf('%', pathStart) < 0) {
            return u;
        }
        int q = u.indexOf('?', pathStart);
        int pathEnd = q < 0 ? u.length() : q;
        StringBuilder sb = new StringBuilder(u.length()).append(u, 0, pathStart);
        for (int i = pathStart; i < pathEnd; i++) {
            char c = u.charAt(i);
            if (c == '%' && i + 2 < pathEnd) {
                int v = hex(u.charAt(i + 1)) * 16 + hex(u.charAt(i + 2));
                if (v >= 0 && unreserved((char) v)) {
                    sb.append((char) v);
                    i += 2;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.append(u, pathEnd, u.length()).toString();
    }

    private static int hex(char c) {
        int d = Character.digit(c, 16);
        return d < 0 || c > 'f' ? -1000 : d;
    }

    private static boolean unreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }

    /** Percent-encodes characters a URL may not hold raw (non-ASCII as UTF-8, spaces, quotes…). */
    static String encodeUnsafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0;
            if (!unsafe) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 32).append(s, 0, i);
            }
            int cp = s.codePointAt(i);
            if (Character.charCount(cp) == 2) {
                i++;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
