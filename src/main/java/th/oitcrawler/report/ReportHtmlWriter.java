package th.oitcrawler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.LimitHit;
import th.oitcrawler.graph.NodeKind;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.Verdict;

/**
 * Writes {@code report.html}: the report a municipality's web admin reads, Thai by default. One
 * standalone file (inline CSS and SVG, system fonts, no network) so it opens offline and can be
 * mailed; a filter by verdict when JavaScript runs, every item shown when it does not; prints cleanly.
 * Site strings are escaped through {@link Html}. Stateless and thread-safe.
 */
public final class ReportHtmlWriter {
    private ReportHtmlWriter() {
    }

    /** Writes the report as UTF-8 HTML; flushes but does not close {@code out}. */
    public static void write(CheckReport report, Lang lang, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = lang.pick("รายงานการเปิดเผยข้อมูลสาธารณะ (OIT)", "Open information (OIT) report");
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.pick("th", "en")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.CSP)
                .append("\">\n<meta name=\"generator\" content=\"oit-crawler\">\n")
                .append("<title>").append(title).append(" — ").append(Html.escape(report.homepage()))
                .append("</title>\n<style>\n").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n");
        header(report, lang, title, b);
        b.append("<section>\n<h2>").append(lang.pick("คะแนนรายประเด็น", "Score per sub-indicator"))
                .append("</h2>\n").append(ScoreChartSvg.render(report, lang)).append("</section>\n");
        counts(report, lang, b);
        b.append("<section>\n<h2>").append(lang.pick("ผลรายข้อ (ข้อที่ไม่ผ่านก่อน)", "Items (failing first)"))
                .append("</h2>\n");
        filter(report, lang, b);
        ItemRowsHtml.render(report, lang, b);
        b.append("</section>\n");
        footer(lang, b);
        b.append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void header(CheckReport report, Lang lang, String title, StringBuilder b) {
        Checklist c = report.checklist();
        b.append("<header>\n<h1>").append(title).append("</h1>\n<p>")
                .append(lang.pick("เว็บไซต์หน่วยงาน: ", "Agency website: "))
                .append(Html.link(report.homepage(), report.homepage())).append("</p>\n<p>")
                .append(lang.pick("แบบตรวจ: ", "Checklist: ")).append(Html.escape(lang.pick(c.title(), c.titleEn())))
                .append(" · ").append(lang.pick("ข้อมูล ณ วันที่ ", "as of "))
                .append(Html.escape(ReportLabels.date(report.asOf(), lang))).append("</p>\n")
                .append("<p class=\"overall\"><b>").append(ReportLabels.score(report.scores().overall()))
                .append("</b> / 100 ").append(lang.pick("คะแนนรวม", "overall score")).append("</p>\n");
        crawl(report.crawl(), lang, b);
        b.append("</header>\n");
    }

    private static void crawl(CrawlResult r, Lang lang, StringBuilder b) {
        b.append("<p class=\"muted\">").append(lang.pick("สำรวจ ", "Crawled ")).append(r.pages())
                .append(lang.pick(" หน้า, เอกสาร ", " pages, documents ")).append(r.count(NodeKind.DOCUMENT))
                .append(lang.pick(", ลิงก์ภายนอก ", ", outbound links ")).append(r.count(NodeKind.OUTBOUND))
                .append(lang.pick(", ผิดพลาด ", ", errors ")).append(r.errors())
                .append(lang.pick(", ลึกสุด ", ", deepest ")).append(r.graph().maxDepth())
                .append(lang.pick(" คลิกจากหน้าแรก", " clicks from the homepage")).append("</p>\n");
        for (LimitHit h : r.limits()) {
            // A cut crawl can make reachable items look unreachable; the admin must know.
            b.append("<p class=\"warn\">").append(lang.pick("ชนขีดจำกัด: ", "Limit hit: "))
                    .append(Html.escape(lang.pick(h.limit().th(), h.limit().en()))).append(" (")
                    .append(h.refused()).append(lang.pick(" ลิงก์ไม่ได้ตาม เช่น ", " links not followed, e.g. "))
                    .append(Html.link(h.example(), h.example())).append(lang.pick(
                            ") ผลบางข้ออาจไม่ครบ", "); some verdicts may be incomplete")).append("</p>\n");
        }
    }

    private static void counts(CheckReport report, Lang lang, StringBuilder b) {
        b.append("<section>\n<h2>").append(lang.pick("สรุปผล", "Summary")).append("</h2>\n<ul class=\"counts\">");
        for (Verdict v : Verdict.values()) {
            long n = report.count(v);
            b.append("<li class=\"badge ").append(HtmlAssets.verdictClass(v)).append(n == 0 ? " zero" : "")
                    .append("\">").append(Html.escape(ReportLabels.verdict(v, lang))).append(" <b>").append(n)
                    .append("</b></li>");
        }
        b.append("</ul>\n<p>").append(lang.pick("ผ่าน ", "")).append(report.count(Verdict.PASS))
                .append(lang.pick(" จาก ", " of ")).append(report.items().size())
                .append(lang.pick(" ข้อ", " items pass")).append("</p>\n</section>\n");
    }

    /** Hidden until the script shows it: without JavaScript every row stays visible. */
    private static void filter(CheckReport report, Lang lang, StringBuilder b) {
        b.append("<p class=\"filter\" id=\"filter\" hidden><label for=\"verdict-filter\">")
                .append(lang.pick("แสดง: ", "Show: ")).append("</label><select id=\"verdict-filter\">")
                .append("<option value=\"\">").append(lang.pick("ทุกข้อ", "all items")).append("</option>")
                .append("<option value=\"FAIL\">").append(lang.pick("เฉพาะข้อที่ไม่ผ่าน", "failing items only"))
                .append("</option>");
        for (Verdict v : Verdict.values()) {
            if (report.count(v) > 0) {
                b.append("<option value=\"").append(v.name()).append("\">")
                        .append(Html.escape(ReportLabels.verdict(v, lang))).append(" (").append(report.count(v))
                        .append(")</option>");
            }
        }
        b.append("</select></p>\n");
    }

    private static void footer(Lang lang, StringBuilder b) {
        b.append("<footer>\n<p>").append(lang.pick(
                "คะแนนรวมและคะแนนรายประเด็นเป็นค่าเฉลี่ยอย่างง่ายของคะแนนรายข้อ (ผ่าน 100, ไม่ผ่าน 0)"
                        + " เพราะไม่พบน้ำหนักคะแนนที่ ป.ป.ช. ใช้จริง คะแนนจริงอาจต่างจากนี้",
                "The overall and sub-indicator scores are plain means of item scores (pass 100, otherwise 0):"
                        + " the NACC's weights were not found, so the official score may differ."))
                .append("</p>\n<p>").append(lang.pick(
                "ข้อที่มีเครื่องหมาย ⚠ เป็นข้อที่แบบตรวจสร้างขึ้นจากการค้นคว้า ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช."
                        + " ปีนั้น ควรตรวจสอบกับคู่มือก่อนใช้",
                "Items marked ⚠ are marked uncertain in the checklist: reconstructions not confirmed against"
                        + " that year's NACC manual; check them against the manual."))
                .append("</p>\n<p>").append(lang.pick(
                "ผลนี้เป็นการตรวจอัตโนมัติเพื่อเตรียมความพร้อม ไม่ใช่ผลการประเมินของ ป.ป.ช. — สร้างโดย oit-crawler",
                "An automatic pre-submission check, not the NACC's assessment — made by oit-crawler"))
                .append("</p>\n</footer>\n");
    }
}
