package th.oitcrawler.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time slots for requests, one stream per host and (when asked) one per IP address, shared by every
 * crawl that holds the same instance. A nightly scan crawls many sites at once, and hosting vendors
 * put many municipalities on one server: the politeness delay must then hold per server too, not only
 * per crawl (issue 5). Each caller reserves the next slot free on both its host and its address and
 * sleeps until it. Thread-safe.
 */
public final class PolitenessSlots {
    private final boolean perAddress;
    /** Next free time (epoch ms) per "h:host" and "a:address"; one small entry per host, never dropped. */
    private final ConcurrentHashMap<String, long[]> nextFree = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> addressOf = new ConcurrentHashMap<>();

    private PolitenessSlots(boolean perAddress) {
        this.perAddress = perAddress;
    }

    /** Slots per host name only: what one crawl needs (a site's twin hosts keep their own pace). */
    public static PolitenessSlots perHost() {
        return new PolitenessSlots(false);
    }

    /** Slots per host name and per resolved IP address: for many concurrent crawls sharing servers. */
    public static PolitenessSlots perHostAndAddress() {
        return new PolitenessSlots(true);
    }

    /**
     * Reserves the next request slot for {@code host} at least {@code delayMs} after the previous one
     * to the same host (and address).
     *
     * @return how many ms the caller must wait before sending; 0 to send now
     */
    public long reserve(String host, long delayMs) {
        long[] h = nextFree.computeIfAbsent("h:" + host, k -> new long[1]);
        long[] a = perAddress ? nextFree.computeIfAbsent("a:" + address(host), k -> new long[1]) : h;
        // One lock per address (a host has one address, cached): hosts sharing a server take turns,
        // crawls of different servers never wait for each other (a single lock convoyed 150 crawls).
        synchronized (a) {
            long now = System.currentTimeMillis();
            long slot = Math.max(now, Math.max(h[0], a[0]));
            h[0] = slot + delayMs;
            a[0] = slot + delayMs;
            return slot - now;
        }
    }

    private String address(String host) {
        return addressOf.computeIfAbsent(host, h -> {
            try {
                return InetAddress.getByName(h).getHostAddress();
            } catch (UnknownHostException | SecurityException e) {
                return "unresolved:" + h; // the fetch will fail and say so; pace it as its own server
            }
        });
    }
}
