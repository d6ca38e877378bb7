package th.oitcrawler.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
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
    private final Map<String, Long> nextFree = new HashMap<>();
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
        String ip = perAddress ? address(host) : null;
        long now = System.currentTimeMillis();
        synchronized (nextFree) {
            long slot = Math.max(now, nextFree.getOrDefault("h:" + host, now));
            if (ip != null) {
                slot = Math.max(slot, nextFree.getOrDefault("a:" + ip, now));
                nextFree.put("a:" + ip, slot + delayMs);
            }
            nextFree.put("h:" + host, slot + delayMs);
            return slot - now;
        }
    }

    /** Drops slots that are long past, so a scan of thousands of hosts keeps a flat table. */
    public void forgetBefore(long epochMs) {
        synchronized (nextFree) {
            nextFree.values().removeIf(t -> t < epochMs);
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
