package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.PolitenessServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.util.Locale;

/**
 * At most one request per {@code delayMs} to each host, however many threads ask. Each caller
 * reserves the next free slot and sleeps until it; the fork's own server stored the decision time
 * instead and let 8 threads hit one host 4× too often (research/crawler4j-fork.md §2 politeness).
 */
final class SlotPolitenessServer implements PolitenessServer {
    private final long delayMs;
    private final PolitenessSlots slots;

    SlotPolitenessServer(long delayMs) {
        this(delayMs, PolitenessSlots.perHost());
    }

    /** Paces through {@code slots}, which other crawls may share (a scan's per-host and per-IP pace). */
    SlotPolitenessServer(long delayMs, PolitenessSlots slots) {
        this.delayMs = delayMs;
        this.slots = slots;
    }

    @Override
    public long applyPoliteness(WebURL url) {
        if (delayMs <= 0) {
            return NO_POLITENESS_APPLIED;
        }
        long wait = slots.reserve(hostOf(url.getURL()), delayMs);
        return wait > 0 ? wait : NO_POLITENESS_APPLIED;
    }

    static String hostOf(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
