package th.oitcrawler.crawl;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a homepage URL as a user typed it, and rejects what cannot be crawled with a clear reason. */
public final class Homepages {
    private static final Pattern AUTHORITY = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/?#]*)(.*)$", Pattern.DOTALL);
    private static final Pattern HOST_CHARS = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]");

    private Homepages() {
    }

    /**
     * Parses a homepage typed by a user: trims it, adds {@code http://} when no scheme is given
     * (admins often type "www.example.go.th") and turns a Thai domain name into its xn-- form.
     *
     * @throws IllegalArgumentException naming the value, what is wrong with it and how to fix it
     */
    public static URI parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("homepage URL is empty");
        }
        if (t.matches("(?i)https?:/?[^/].*")) {
            throw new IllegalArgumentException("not a valid URL: \"" + text + "\" (write two slashes after \"http:\")");
        }
        if (!t.contains("://")) {
            t = "http://" + t;
        }
        Matcher m = AUTHORITY.matcher(t);
        if (m.matches()) {
            t = m.group(1) + authority(text, m.group(2)) + m.group(3);
        }
        try {
            URI uri = new URI(t.replace(" ", "%20"));
            requireHttp(uri);
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: \"" + text + "\" (" + e.getReason() + ")");
        }
    }

    /** Checks the user-info, host and port part before URI parsing, whose messages name none of them. */
    private static String authority(String typed, String authority) {
        if (authority.contains("@")) {
            throw new IllegalArgumentException("the URL \"" + typed + "\" carries a user name or password"
                    + " (before \"@\"): give the public homepage without it");
        }
        String host = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new IllegalArgumentException("the port \"" + port + "\" in \"" + typed + "\" is not a number from 1 to 65535");
            }
            port = ":" + port;
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("URL has no host name: \"" + typed + "\"");
        }
        if (!HOST_CHARS.matcher(host).matches()) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED); // เทศบาล.go.th → xn--…
            } catch (IllegalArgumentException e) {
                host = "";
            }
            if (!HOST_CHARS.matcher(host).matches()) {
                throw new IllegalArgumentException("the host name in \"" + typed + "\" is not valid: a host name holds"
                        + " letters, digits, dots and hyphens only (no spaces, underscores or slashes)");
            }
        }
        return host + port;
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
