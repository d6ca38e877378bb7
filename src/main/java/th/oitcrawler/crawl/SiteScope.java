package th.oitcrawler.crawl;

import java.net.URI;
import java.util.Locale;

/**
 * Which URLs belong to the site: the homepage's host and its www/non-www twin, over http or https.
 * An explicit port must match the homepage's (loopback test sites differ only by port).
 */
public final class SiteScope {
    private final java.util.Map<String, Boolean> origins = new java.util.concurrent.ConcurrentHashMap<>();
    private final String host;
    private final int port;

    public SiteScope(URI homepage) {
        this.host = bare(homepage.getHost());
        this.port = homepage.getPort();
    }

    public boolean contains(String url) {
        // Asked for every link of every page; the answer depends only on scheme, host and port.
        int sep = url.indexOf("://");
        if (sep < 0) {
            return false;
        }
        int end = sep + 3;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return origins.computeIfAbsent(url.substring(0, end), o -> originInScope(o + "/"));
    }

    private boolean originInScope(String url) {
        try {
            URI u = URI.create(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return false;
            }
            return u.getHost() != null && bare(u.getHost()).equals(host) && samePort(u.getPort());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean samePort(int other) {
        return other == port || (isDefault(other) && isDefault(port));
    }

    private static boolean isDefault(int p) {
        return p == -1 || p == 80 || p == 443;
    }

    private static String bare(String h) {
        String l = h.toLowerCase(Locale.ROOT);
        return l.startsWith("www.") ? l.substring(4) : l;
    }
}
