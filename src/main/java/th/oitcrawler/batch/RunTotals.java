package th.oitcrawler.batch;

import java.util.EnumMap;
import java.util.Map;

/** Counts gathered while the sites stream past: sites per status, and the score distribution of judged sites. */
final class RunTotals {
    /** Ten bars: 0–9.99, 10–19.99, …, 90–100. */
    static final int BUCKETS = 10;
    private final Map<SiteStatus, Integer> byStatus = new EnumMap<>(SiteStatus.class);
    private final int[] histogram = new int[BUCKETS];
    private double scoreSum;
    private int scored;

    void add(RunReadout.SiteSummary s) {
        byStatus.merge(s.status(), 1, Integer::sum);
        if (s.status().judged() && s.score().isPresent()) {
            double v = s.score().getAsDouble();
            histogram[Math.max(0, Math.min(BUCKETS - 1, (int) Math.floor(v / 10)))]++;
            scoreSum += v;
            scored++;
        }
    }

    int count(SiteStatus s) {
        return byStatus.getOrDefault(s, 0);
    }

    int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    int[] histogram() {
        return histogram.clone();
    }

    double meanScore() {
        return scored == 0 ? 0 : Math.round(scoreSum / scored * 100) / 100.0;
    }
}
