package th.oitcrawler.report;

import java.io.PrintWriter;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Verdict;

/**
 * What {@code check} prints on the console: one line per item (code, verdict, title, and for a
 * failing item its first reason), then the counts and the overall score. Verdicts stay as their
 * constant names so the lines can be grepped whatever the language. Control characters from the site
 * are blanked.
 */
public final class CheckSummaryText {
    private CheckSummaryText() {
    }

    public static void print(CheckReport report, Lang lang, PrintWriter out) {
        for (ItemResult r : report.items()) {
            StringBuilder line = new StringBuilder(String.format("%-4s %-14s %s", r.item().code(),
                    r.verdict().name(), lang.pick(r.item().title(), r.item().titleEn())));
            if (r.verdict() != Verdict.PASS && !r.reasons().isEmpty()) {
                line.append(" — ").append(lang.pick(r.reasons().get(0).th(), r.reasons().get(0).en()));
            }
            out.println(printable(line.toString()));
        }
        StringBuilder counts = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            long n = report.count(v);
            if (n > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(ReportLabels.verdict(v, lang)).append(' ')
                        .append(n);
            }
        }
        out.println(counts);
        out.printf("%s %s/100 (%s)%n", lang.pick("คะแนนรวม", "overall score"),
                ReportLabels.score(report.scores().overall()),
                lang.pick("ค่าเฉลี่ยอย่างง่ายของคะแนนรายข้อ", "plain mean of item scores"));
        out.flush();
    }

    /** Control characters become spaces: a site's text must not move the cursor or recolour a terminal. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString();
    }
}
