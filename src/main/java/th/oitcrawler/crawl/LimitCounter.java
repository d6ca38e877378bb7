package th.oitcrawler.crawl;

import java.util.EnumMap;
import java.util.Map;

/** Counts links not followed per {@link Limit}, keeping the first URL of each as an example. Thread-safe. */
final class LimitCounter {
    private final Map<Limit, Long> counts = new EnumMap<>(Limit.class);
    private final Map<Limit, String> examples = new EnumMap<>(Limit.class);

    synchronized void hit(Limit limit, String url) {
        hit(limit, url, 1);
    }

    synchronized void hit(Limit limit, String url, long times) {
        counts.merge(limit, times, Long::sum);
        examples.putIfAbsent(limit, url);
    }

    synchronized Map<Limit, LimitHit> snapshot() {
        Map<Limit, LimitHit> out = new EnumMap<>(Limit.class);
        counts.forEach((k, v) -> out.put(k, new LimitHit(k, v, examples.get(k))));
        return out;
    }
}
