package th.oitcrawler.crawl;

import edu.uci.ics.crawler4j.PolitenessServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one request per {@code delayMs} to each host, however many threads ask. Each caller
 * reserves the next free slot and sleeps until it; the fork's own server stored the decision time
 * instead and let 8 threads hit one host 4× too often (research/crawler4j-fork.md §2 politeness).
 */
final class SlotPolitenessServer implements PolitenessServer {
    private final long delayMs;
    private final ConcurrentHashMap<String, Long> nextFree = new ConcurrentHashMap<>();

    SlotPolitenessServer(long delayMs) {
        this.delayMs = delayMs;
    }

    @Override
    public long applyPoliteness(WebURL url) {
        if (delayMs <= 0) {
            return NO_POLITENESS_APPLIED;
        }
        String host = hostOf(url.getURL());
        long now = System.currentTimeMillis();
        long slot = nextFree.compute(host, (h, next) -> Math.max(now, next == null ? now : next) + delayMs) - delayMs;
        long wait = slot - now;
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
