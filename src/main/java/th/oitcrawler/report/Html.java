package th.oitcrawler.report;

import java.util.Locale;

/**
 * HTML escaping and safe links for the report. Titles, anchors, labels and URLs come from the crawled
 * site, which may be hostile or simply broken, so every such string goes through here before it is
 * written. Stateless and thread-safe.
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes {@code & < > " '} so the result is safe both as element text and inside a double- or
     * single-quoted attribute value. Null becomes the empty string.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * True when {@code url} may become an {@code href}: it starts exactly with {@code http://} or
     * {@code https://} (any case). Everything else ({@code javascript:}, {@code data:}, {@code file:},
     * relative, or with leading blanks a browser would strip) is shown as text only.
     */
    public static boolean linkable(String url) {
        if (url == null) {
            return false;
        }
        String head = url.substring(0, Math.min(url.length(), 8)).toLowerCase(Locale.ROOT);
        return head.startsWith("http://") || head.startsWith("https://");
    }

    /**
     * A link to {@code url} showing {@code text}, both escaped; when the URL is not
     * {@linkplain #linkable linkable}, the text alone in a {@code <span>} with the URL as a tooltip.
     */
    public static String link(String url, String text) {
        if (linkable(url)) {
            return "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>";
        }
        return "<span class=\"nolink\" title=\"" + escape(url) + "\">" + escape(text) + "</span>";
    }

    /**
     * A URL as a person reads it: percent-encoded UTF-8 (Thai file names) decoded for display. The
     * link itself keeps the encoded URL; undecodable input is shown as it is.
     */
    public static String readableUrl(String url) {
        if (url == null || url.indexOf('%') < 0) {
            return url;
        }
        try {
            String decoded = java.net.URLDecoder.decode(url.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            // Never show a control character or a U+FFFD that was not in the URL: keep it encoded then.
            return decoded.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD) ? url : decoded;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
