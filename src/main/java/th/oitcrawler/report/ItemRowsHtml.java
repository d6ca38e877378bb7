package th.oitcrawler.report;

import java.util.List;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.Confidence;
import th.oitcrawler.checklist.FreshnessRule;
import th.oitcrawler.graph.PathStep;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.EvidenceRef;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Reason;

/**
 * The items table of the HTML report: failing items first, each with its reasons, the fix, the
 * evidence and the clicks that reach it from the homepage, as a reviewer would make them. Every
 * string is escaped; only http(s) URLs become links ({@link Html}).
 */
final class ItemRowsHtml {
    private ItemRowsHtml() {
    }

    static void render(CheckReport report, Lang lang, StringBuilder b) {
        b.append("<table id=\"items\">\n<thead><tr><th>").append(sortButton("code", lang.pick("ข้อ", "Item"),
                        lang.pick("เรียงตามเลขข้อ", "sort by item number"))).append("</th><th>")
                .append(lang.pick("รายการ", "Title")).append("</th><th>").append(sortButton("rank", lang.pick("ผล", "Verdict"),
                        lang.pick("เรียงข้อที่ไม่ผ่านขึ้นก่อน", "sort failing items first")))
                .append("</th><th>").append(lang.pick("เหตุผลและวิธีแก้ไข", "Reasons and fixes"))
                .append("</th><th>").append(lang.pick("หลักฐานและเส้นทางคลิกจากหน้าแรก",
                        "Evidence and click path from the homepage"))
                .append("</th></tr></thead>\n<tbody>\n");
        int year = report.checklist().assessmentYear();
        int rank = 0;
        for (ItemResult r : report.items().stream().sorted(ItemOrder.FAILING_FIRST).toList()) {
            row(r, year, rank++, lang, b);
        }
        b.append("</tbody>\n</table>\n");
    }

    /** A header button the report's script sorts rows with (by the rows' data-code or data-rank). */
    private static String sortButton(String key, String label, String title) {
        return "<button type=\"button\" class=\"sort\" data-sort=\"" + key + "\" title=\"" + Html.escape(title) + "\">"
                + Html.escape(label) + "</button>";
    }

    private static void row(ItemResult r, int year, int rank, Lang lang, StringBuilder b) {
        ChecklistItem item = r.item();
        String cls = HtmlAssets.verdictClass(r.verdict());
        b.append("<tr id=\"item-").append(Html.escape(item.code())).append("\" data-verdict=\"")
                .append(r.verdict().name()).append("\" data-code=\"").append(item.code().replaceAll("\\D", ""))
                .append("\" data-rank=\"").append(rank).append("\">");
        b.append("<td class=\"code\">").append(Html.escape(item.code())).append("</td>");
        b.append("<td>").append(Html.escape(lang.pick(item.title(), item.titleEn())));
        if (item.confidence() == Confidence.UNCERTAIN) {
            b.append(" <span class=\"warn\" title=\"").append(Html.escape(lang.pick(
                    "ข้อนี้สร้างขึ้นจากการค้นคว้า ยังไม่ยืนยันกับคู่มือของ ป.ป.ช.",
                    "Reconstructed by research, not confirmed against the NACC manual"))).append("\">⚠</span>");
        }
        b.append("<div class=\"muted\">").append(lang.pick("ต้องเป็น: ", "Required: "));
        List<FreshnessRule> rules = item.freshness();
        for (int i = 0; i < rules.size(); i++) {
            b.append(i == 0 ? "" : lang.pick(" หรือ ", " or "))
                    .append(Html.escape(lang.pick(rules.get(i).describeTh(year), rules.get(i).describeEn(year))));
        }
        b.append("</div></td>");
        b.append("<td><span class=\"badge ").append(cls).append("\">")
                .append(Html.escape(ReportLabels.verdict(r.verdict(), lang))).append("</span></td>");
        b.append("<td>");
        reasons(r.reasons(), lang, b);
        b.append("</td><td>");
        evidence(r.evidence(), lang, b);
        b.append("</td></tr>\n");
    }

    private static void reasons(List<Reason> reasons, Lang lang, StringBuilder b) {
        if (reasons.isEmpty()) {
            b.append("<span class=\"muted\">—</span>");
            return;
        }
        b.append("<ul class=\"reasons\">");
        for (Reason r : reasons) {
            b.append("<li>").append(Html.escape(lang.pick(r.th(), r.en())));
            String fix = lang.pick(r.fixTh(), r.fixEn());
            if (!fix.isBlank()) {
                b.append("<div class=\"fix\"><b>").append(lang.pick("วิธีแก้:", "Fix:")).append("</b> ")
                        .append(Html.escape(fix)).append("</div>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    private static void evidence(List<EvidenceRef> evidence, Lang lang, StringBuilder b) {
        if (evidence.isEmpty()) {
            b.append("<span class=\"muted\">").append(lang.pick("ไม่พบหลักฐาน", "no evidence found")).append("</span>");
            return;
        }
        for (EvidenceRef e : evidence) {
            b.append("<div class=\"ev\">").append(Html.link(e.url(), Html.readableUrl(e.url()))).append("<div class=\"meta\">");
            if (!e.label().isBlank()) {
                b.append('“').append(Html.escape(e.label())).append("” · ");
            }
            b.append(Html.escape(ReportLabels.httpStatus(e.httpStatus(), lang))).append(" · ")
                    .append(lang.pick("พบจาก", "found by")).append(' ')
                    .append(Html.escape(ReportLabels.foundBy(e.foundBy(), lang)));
            if (!e.dates().isEmpty()) {
                b.append(" · ").append(lang.pick("วันที่ที่อ่านได้: ", "dates read: "))
                        .append(Html.escape(String.join(", ", e.dates())));
            }
            b.append("</div>");
            crumbs(e.clickPath(), lang, b);
            b.append("</div>");
        }
    }

    /** "หน้าแรก › anchor › anchor", each step a link to the page it reaches. */
    private static void crumbs(List<PathStep> path, Lang lang, StringBuilder b) {
        if (path.isEmpty()) {
            b.append("<div class=\"crumbs warn\">").append(lang.pick(
                    "ไม่มีเส้นทางคลิกจากหน้าแรกไปถึง URL นี้", "No chain of links from the homepage reaches this URL"))
                    .append("</div>");
            return;
        }
        b.append("<nav class=\"crumbs\" aria-label=\"").append(lang.pick("เส้นทางคลิก", "Click path")).append("\">");
        for (int i = 0; i < path.size(); i++) {
            PathStep s = path.get(i);
            if (i > 0) {
                b.append("<span class=\"sep\">").append(ReportLabels.STEP_SEPARATOR.strip()).append("</span> ");
            }
            b.append(Html.link(s.url(), i == 0 ? ReportLabels.homepage(lang) : ReportLabels.anchor(s, lang)))
                    .append(' ');
        }
        b.append("</nav>");
    }
}
