package th.oitcrawler.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.oitcrawler.report.Html;
import th.oitcrawler.report.Lang;
import th.oitcrawler.report.ReportLabels;

/**
 * dashboard.html, in Thai: the run's totals, the score distribution as inline SVG (no script, no
 * network), the items failing most nationally and per province, and the sites that got worse since
 * the previous run. Every string from the sites list or a site goes through {@link Html#escape}.
 */
final class DashboardHtmlWriter {
    private static final String STYLE = "body{font-family:'Sarabun','Noto Sans Thai',sans-serif;margin:2em;color:#1f2937}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d1d5db;padding:.3em .6em;text-align:left}"
            + "th{background:#f3f4f6}td.n{text-align:right}.muted{color:#6b7280}";

    private DashboardHtmlWriter() {
    }

    /** Everything the dashboard shows; {@code previous} is empty when there is no earlier finished run. */
    record Data(RunInfo run, RunTotals totals, List<RunReadout.ItemTally> items, List<RunReadout.ProvinceItem> provinces,
                Optional<RunInfo> previous, List<RunDiff.WorseSite> worse) {
    }

    static void write(Data d, Writer w) throws IOException {
        RunInfo run = d.run();
        w.write("<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>ผลการตรวจ OIT รอบที่ " + run.id() + "</title><style>" + STYLE + "</style></head><body>\n");
        w.write("<h1>ผลการตรวจเว็บไซต์ตามเกณฑ์ OIT รอบที่ " + run.id() + "</h1>\n");
        RunTotals t = d.totals();
        w.write("<p>เกณฑ์ " + Html.escape(run.checklist()) + " ณ วันที่ " + ReportLabels.date(run.asOf(), Lang.TH) + " · เว็บไซต์ " + t.total()
                + " แห่ง: ตรวจได้ " + t.count(SiteStatus.CHECKED) + " · เปิดไม่ได้ (ไม่ทราบผล) " + t.count(SiteStatus.UNKNOWN)
                + " · ปฏิเสธการเข้าถึง " + t.count(SiteStatus.BLOCKED) + " · ตรวจไม่สำเร็จ " + t.count(SiteStatus.ERROR)
                + (run.badRows() > 0 ? " · แถวในรายชื่อที่ใช้ไม่ได้ " + run.badRows() : "")
                + " · คะแนนเฉลี่ย " + String.format(Locale.ROOT, "%.2f", t.meanScore()) + "</p>\n");
        w.write("<p class=\"muted\">เว็บไซต์ที่เปิดไม่ได้หรือปฏิเสธการเข้าถึงไม่นับว่าไม่ผ่าน: ยังไม่ทราบผล "
                + "· ข้อมูลทั้งหมด: <a href=\"summary.csv\">summary.csv</a> · <a href=\"summary.json\">summary.json</a></p>\n");
        w.write("<h2>การกระจายคะแนน</h2>\n");
        w.write(histogram(t.histogram()));
        items(d.items(), w);
        provinces(d.provinces(), w);
        worse(d, w);
        w.write("</body></html>\n");
        w.flush();
    }

    static String histogram(int[] h) {
        int max = 1;
        for (int v : h) {
            max = Math.max(max, v);
        }
        int bar = 56;
        int height = 180;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"640\" height=\""
                + (height + 40) + "\" viewBox=\"0 0 640 " + (height + 40) + "\" aria-label=\"จำนวนเว็บไซต์ตามช่วงคะแนน\">\n");
        for (int i = 0; i < h.length; i++) {
            int x = 10 + i * (bar + 6);
            int hh = (int) Math.round((double) h[i] / max * (height - 20));
            String label = (i * 10) + "–" + (i == h.length - 1 ? 100 : i * 10 + 9);
            b.append("<g><title>คะแนน ").append(label).append(": ").append(h[i]).append(" แห่ง</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(height - hh).append("\" width=\"").append(bar)
                    .append("\" height=\"").append(hh).append("\" fill=\"").append(i >= 9 ? "#16a34a" : i >= 5 ? "#d97706" : "#dc2626")
                    .append("\"/><text x=\"").append(x + bar / 2).append("\" y=\"").append(height - hh - 4)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(h[i]).append("</text>")
                    .append("<text x=\"").append(x + bar / 2).append("\" y=\"").append(height + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(label).append("</text></g>\n");
        }
        return b.append("</svg>\n").toString();
    }

    private static void items(List<RunReadout.ItemTally> items, Writer w) throws IOException {
        w.write("<h2>ข้อที่ไม่ผ่านมากที่สุดทั้งประเทศ</h2>\n<table><tr><th>ข้อ</th><th>ไม่ผ่าน (แห่ง)</th><th>ผ่าน</th>"
                + "<th>ไม่ทราบผล</th><th>ร้อยละที่ไม่ผ่าน</th></tr>\n");
        items.stream().filter(i -> i.failing() > 0).limit(20).forEach(i -> line(w, "<tr><td>" + Html.escape(i.item())
                + "</td><td class=\"n\">" + i.failing() + "</td><td class=\"n\">" + i.passing() + "</td><td class=\"n\">"
                + i.unknown() + "</td><td class=\"n\">" + pct(i.failing(), i.failing() + i.passing()) + "</td></tr>\n"));
        w.write("</table>\n");
    }

    private static void provinces(List<RunReadout.ProvinceItem> rows, Writer w) throws IOException {
        w.write("<h2>ข้อที่ไม่ผ่านมากที่สุดรายจังหวัด</h2>\n<table><tr><th>จังหวัด</th><th>ข้อ (จำนวนเว็บไซต์ที่ไม่ผ่าน)</th></tr>\n");
        String current = null;
        StringBuilder cell = new StringBuilder();
        for (RunReadout.ProvinceItem p : rows) {
            if (!p.province().equals(current)) {
                flushProvince(w, current, cell);
                current = p.province();
                cell.setLength(0);
            }
            cell.append(cell.length() == 0 ? "" : " · ").append(Html.escape(p.item())).append(" (").append(p.failing()).append(')');
        }
        flushProvince(w, current, cell);
        w.write("</table>\n");
    }

    private static void flushProvince(Writer w, String province, CharSequence cell) throws IOException {
        if (province != null) {
            w.write("<tr><td>" + Html.escape(province.isEmpty() ? "(ไม่ระบุ)" : province) + "</td><td>" + cell + "</td></tr>\n");
        }
    }

    private static void worse(Data d, Writer w) throws IOException {
        w.write("<h2>เว็บไซต์ที่แย่ลงจากรอบก่อน</h2>\n");
        if (d.previous().isEmpty()) {
            w.write("<p class=\"muted\">ยังไม่มีรอบก่อนหน้าที่ตรวจเสร็จให้เทียบ</p>\n");
            return;
        }
        RunInfo prev = d.previous().get();
        w.write("<p class=\"muted\">เทียบกับรอบที่ " + prev.id() + " (ณ วันที่ " + ReportLabels.date(prev.asOf(), Lang.TH) + "): ข้อที่เคยผ่านแต่รอบนี้ไม่ผ่าน "
                + "ไม่นับข้อหรือเว็บไซต์ที่ไม่ทราบผล</p>\n");
        if (d.worse().isEmpty()) {
            w.write("<p>ไม่มีเว็บไซต์ที่แย่ลง</p>\n");
            return;
        }
        w.write("<table><tr><th>รหัส</th><th>ชื่อ</th><th>จังหวัด</th><th>ข้อที่เพิ่งไม่ผ่าน</th><th>คะแนนก่อน → หลัง</th></tr>\n");
        for (RunDiff.WorseSite s : d.worse()) {
            w.write("<tr><td>" + Html.escape(s.siteId()) + "</td><td>" + Html.escape(s.name()) + "</td><td>"
                    + Html.escape(s.province()) + "</td><td class=\"n\">" + s.newlyFailing() + "</td><td class=\"n\">"
                    + String.format(Locale.ROOT, "%.2f → %.2f", s.scoreBefore(), s.scoreAfter()) + "</td></tr>\n");
        }
        w.write("</table>\n");
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }

    private static void line(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
