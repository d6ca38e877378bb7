package th.oitcrawler.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Reads a homepage URL as a user typed it, and rejects what cannot be crawled with a clear reason. */
public final class Homepages {
    private Homepages() {
    }

    /**
     * Parses a homepage typed by a user: trims it and adds {@code http://} when no scheme is given
     * (admins often type "www.example.go.th").
     *
     * @throws IllegalArgumentException naming the value and what is wrong with it
     */
    public static URI parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("homepage URL is empty");
        }
        if (!t.contains("://")) {
            t = "http://" + t;
        }
        try {
            URI uri = new URI(t.replace(" ", "%20"));
            requireHttp(uri);
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: \"" + text + "\" (" + e.getReason() + ")");
        }
    }

    static void requireHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: \"" + uri + "\"");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("URL has no host name: \"" + uri + "\"");
        }
    }
}
