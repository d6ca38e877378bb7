package th.oitcrawler.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean item scores per sub-indicator and indicator, and overall. The NACC's exact weights per year
 * were not found (research §9), so the overall score is the plain mean over items; say so in reports.
 */
public record Scores(Map<String, Double> bySubIndicator, Map<String, Double> byIndicator, double overall) {
    public Scores {
        bySubIndicator = Map.copyOf(bySubIndicator);
        byIndicator = Map.copyOf(byIndicator);
    }

    public static Scores of(List<ItemResult> items) {
        Map<String, double[]> sub = new LinkedHashMap<>();
        Map<String, double[]> ind = new LinkedHashMap<>();
        double total = 0;
        for (ItemResult r : items) {
            add(sub, r.item().subIndicatorCode(), r.score());
            add(ind, r.item().indicatorCode(), r.score());
            total += r.score();
        }
        return new Scores(means(sub), means(ind), items.isEmpty() ? 0 : round(total / items.size()));
    }

    private static void add(Map<String, double[]> m, String key, int score) {
        double[] a = m.computeIfAbsent(key, k -> new double[2]);
        a[0] += score;
        a[1]++;
    }

    private static Map<String, Double> means(Map<String, double[]> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, a) -> out.put(k, round(a[0] / a[1])));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
