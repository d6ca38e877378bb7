package th.oitcrawler.crawl.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The SSRF guard (issue 6): an HttpClient {@link DnsResolver} that drops every answer on a
 * loopback, private, link-local, unique-local, multicast or unspecified address. HttpClient asks it
 * for every connection (IP literals included) and connects only to what it returns, so links,
 * redirects, robots.txt, DNS answers and DNS rebinding are all checked at the address actually
 * connected to. Thread-safe.
 *
 * <p>Non-public addresses are allowed when the start URL itself is on one (a test site, an intranet)
 * or when asked ({@code --allow-private}). Even then link-local stays refused unless the start is
 * link-local too or private access was asked for: 169.254.169.254 is the cloud metadata service.
 */
public final class AddressGuard implements DnsResolver {
    private final NameService names;
    private final boolean allowPrivate;
    private final boolean allowLinkLocal;

    AddressGuard(NameService names, boolean allowPrivate, boolean allowLinkLocal) {
        this.names = names;
        this.allowPrivate = allowPrivate;
        this.allowLinkLocal = allowLinkLocal;
    }

    /** Refuses every non-public address. */
    public static AddressGuard publicOnly(NameService names) {
        return new AddressGuard(names, false, false);
    }

    /** Allows everything: for {@code --allow-private}. */
    public static AddressGuard allowingPrivate(NameService names) {
        return new AddressGuard(names, true, true);
    }

    /**
     * The guard for a crawl or check that starts at {@code start}: public only, unless the start
     * host itself resolves to a non-public address or {@code allowPrivate} is set. A start host
     * that does not resolve counts as public (the crawl will report the DNS failure).
     */
    public static AddressGuard forStart(URI start, NameService names, boolean allowPrivate) {
        if (allowPrivate) {
            return allowingPrivate(names);
        }
        boolean privateStart = false;
        boolean linkLocalStart = false;
        try {
            for (InetAddress a : names.resolve(bare(start.getHost()))) {
                AddressKind k = AddressRanges.kindOf(a);
                if (!k.isPublic() && !names.vouchesForPublic(a)) {
                    privateStart = true;
                    linkLocalStart |= k == AddressKind.LINK_LOCAL;
                }
            }
        } catch (UnknownHostException | RuntimeException e) {
            // not resolvable now: treat as public; the fetch will fail and say why
        }
        return new AddressGuard(names, privateStart, linkLocalStart);
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String h = bare(host);
        InetAddress literal = AddressRanges.literal(h);
        InetAddress[] all = literal != null ? new InetAddress[] {literal} : names.resolve(h);
        List<InetAddress> kept = new ArrayList<>(all.length);
        PrivateAddressException refused = null;
        for (InetAddress a : all) {
            AddressKind k = AddressRanges.kindOf(a);
            if (allowed(a, k)) {
                kept.add(a);
            } else if (refused == null) {
                refused = new PrivateAddressException(h, a, k);
            }
        }
        if (kept.isEmpty()) {
            throw refused != null ? refused : new UnknownHostException(h + ": no address");
        }
        return kept.toArray(new InetAddress[0]);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetSocketAddress> out = new ArrayList<>();
        for (InetAddress a : resolve(host)) {
            out.add(new InetSocketAddress(a, port));
        }
        return out;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host; // no reverse lookups: the name typed is the name checked
    }

    private boolean allowed(InetAddress a, AddressKind k) {
        if (k.isPublic() || names.vouchesForPublic(a)) {
            return true;
        }
        if (k == AddressKind.LINK_LOCAL) {
            return allowLinkLocal;
        }
        return allowPrivate;
    }

    private static String bare(String host) {
        if (host == null) {
            return "";
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
