package th.oitcrawler.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.oitcrawler.checklist.SubIndicator;
import th.oitcrawler.score.CheckReport;

/**
 * A horizontal bar chart of the mean score per sub-indicator, as inline SVG: no script, no network,
 * prints as it shows. Sub-indicators appear in checklist order; those without items judged are left out.
 */
final class ScoreChartSvg {
    private static final int WIDTH = 760;
    private static final int LABEL = 430;
    private static final int BAR = 260;
    private static final int ROW = 26;

    private ScoreChartSvg() {
    }

    static String render(CheckReport report, Lang lang) {
        Map<String, Double> scores = report.scores().bySubIndicator();
        List<SubIndicator> subs = new ArrayList<>();
        report.checklist().indicators().forEach(i -> i.subIndicators().stream()
                .filter(s -> scores.containsKey(s.code())).forEach(subs::add));
        if (subs.isEmpty()) {
            return "";
        }
        int height = subs.size() * ROW + 6;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" aria-label=\"")
                .append(Html.escape(lang.pick("คะแนนรายประเด็น (เต็ม 100)", "Score per sub-indicator (out of 100)")))
                .append("\">\n");
        int y = 4;
        for (SubIndicator s : subs) {
            double score = scores.get(s.code());
            String label = s.code() + " " + lang.pick(s.title(), s.titleEn());
            String w = String.format(Locale.ROOT, "%.1f", BAR * Math.max(0, Math.min(100, score)) / 100);
            b.append("<g><title>").append(Html.escape(label + ": " + ReportLabels.score(score))).append("</title>")
                    .append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(Html.escape(label))
                    .append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(BAR).append("\" height=\"18\" fill=\"#eef1f4\"/>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(w).append("\" height=\"18\" fill=\"").append(colour(score)).append("\"/>")
                    .append("<text x=\"").append(LABEL + BAR + 8).append("\" y=\"").append(y + 16).append("\">")
                    .append(ReportLabels.score(score)).append("</text></g>\n");
            y += ROW;
        }
        return b.append("</svg>\n").toString();
    }

    /** Green when everything passes, amber from half, red below: the admin's eye goes to the red. */
    private static String colour(double score) {
        return score >= 100 ? "#16a34a" : score >= 50 ? "#d97706" : "#dc2626";
    }
}
