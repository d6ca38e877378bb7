package th.oitcrawler.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.oitcrawler.evidence.ArchivedCopy;
import th.oitcrawler.evidence.TlsProblem;
import th.oitcrawler.graph.PathStep;
import th.oitcrawler.report.Html;
import th.oitcrawler.report.Lang;
import th.oitcrawler.report.ReportLabels;
import th.oitcrawler.score.Reason;
import th.oitcrawler.score.Verdict;

/**
 * Writes the Thai {@code verify.html}: agencies, then items, then each submitted URL with what it
 * answered, its click path and where its copy was preserved. Every string from a site or the CSV is
 * escaped and only http(s) URLs become links ({@link Html}); the page runs no script at all.
 */
public final class VerifyHtmlWriter {
    private static final String CSS = "body{font-family:\"Sarabun\",\"Noto Sans Thai\",\"Leelawadee UI\",Tahoma,sans-serif;"
            + "max-width:1200px;margin:0 auto;padding:1.5rem;line-height:1.55;color:#1f2328}"
            + "h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #d1d9e0}"
            + "h3{font-size:1rem;margin:1.2rem 0 .3rem}a{color:#0b5cad;overflow-wrap:anywhere}"
            + ".row{border:1px solid #d1d9e0;border-radius:6px;padding:.6rem .8rem;margin:.4rem 0}"
            + ".muted{color:#59636e;font-size:.88em}.warn{color:#9a3412}.v{font-weight:bold;padding:0 .4rem;border-radius:4px}"
            + ".PASS{background:#dafbe1}.NEEDS_REVIEW{background:#fff8c5}.NOT_REACHABLE,.STALE,.WRONG_CONTENT{background:#ffebe9}"
            + ".BROKEN,.NOT_FOUND{background:#ffcecb}ol.path{margin:.2rem 0;padding-left:1.4rem}code{font-size:.85em}";

    private VerifyHtmlWriter() {
    }

    public static void write(VerifyReport report, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ผลตรวจหลักฐาน OIT ").append(Html.escape(report.checklist().id())).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n<h1>ผลตรวจลิงก์หลักฐานที่หน่วยงานส่ง (OIT)</h1>\n<p class=\"muted\">เกณฑ์ ")
                .append(Html.escape(report.checklist().id())).append(" · ณ วันที่ ").append(ReportLabels.date(report.asOf(), Lang.TH))
                .append(" · ").append(report.rows().count()).append(" ลิงก์ จาก ").append(report.agencies().size())
                .append(" หน่วยงาน · ใช้เวลา ").append(report.elapsed().toSeconds()).append(" วินาที</p>\n<p>");
        for (Verdict v : Verdict.values()) {
            long n = report.rows().filter(r -> r.verdict() == v).count();
            if (n > 0) {
                b.append("<span class=\"v ").append(v.name()).append("\">").append(Html.escape(v.th())).append(' ').append(n)
                        .append("</span> ");
            }
        }
        b.append("</p>\n<p class=\"muted\">สำเนาที่เก็บไว้อยู่ในไฟล์ WARC (โฟลเดอร์ warc/) เปิดดูได้ด้วย replayweb.page หรือ pywb"
                + " และตรวจว่าไม่ถูกแก้ไขด้วยค่า SHA-256 ใน manifest.json</p>\n");
        for (AgencyResult a : report.agencies()) {
            agency(a, b);
        }
        b.append("</body>\n</html>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void agency(AgencyResult a, StringBuilder b) {
        b.append("<section>\n<h2>").append(Html.escape(a.agency())).append("</h2>\n<p class=\"muted\">หน้าแรก ")
                .append(Html.link(a.homepage(), a.homepage())).append(" · สำรวจ ").append(a.pages()).append(" หน้า · สำเนา ")
                .append(local(a.warcFile())).append("</p>\n");
        if (a.problem() != null) {
            b.append("<p class=\"warn\">").append(Html.escape(a.cutOff() ? "หยุดตรวจเมื่อครบเวลาที่กำหนด: " + a.problem()
                    : "ปัญหา: " + a.problem())).append("</p>\n");
        }
        Map<String, List<RowResult>> byItem = new LinkedHashMap<>();
        a.rows().stream().sorted(java.util.Comparator.comparingInt((RowResult r) -> itemNumber(r.row().item()))
                .thenComparingInt(r -> r.row().line())).forEach(r -> byItem.computeIfAbsent(r.row().item(), k -> new java.util.ArrayList<>()).add(r));
        for (Map.Entry<String, List<RowResult>> e : byItem.entrySet()) {
            b.append("<h3>").append(Html.escape(e.getKey())).append("</h3>\n");
            e.getValue().forEach(r -> row(r, b));
        }
        b.append("</section>\n");
    }

    private static void row(RowResult r, StringBuilder b) {
        Hop last = r.last();
        b.append("<div class=\"row\"><span class=\"v ").append(r.verdict().name()).append("\">")
                .append(Html.escape(r.verdict().th())).append("</span> ").append(Html.link(r.row().url(), r.row().url()))
                .append(" <span class=\"muted\">(บรรทัด ").append(r.row().line()).append(")</span><br>\n<span class=\"muted\">")
                .append(Html.escape(r.access().th()));
        if (last != null) {
            b.append(" · HTTP ").append(r.error() != null ? "—" : last.status()).append(" · ")
                    .append(Html.escape(last.contentType() == null ? "" : last.contentType())).append(" · ").append(last.bytes())
                    .append(" ไบต์ · ตอบกลับใน ").append(r.hops().get(0).ttfbMs()).append(" ms");
            if (last.lastModified() != null) {
                b.append(" · แก้ไขล่าสุด ").append(Html.escape(last.lastModified()));
            }
        }
        if (r.error() != null) {
            b.append(" · ").append(Html.escape(r.error()));
        }
        b.append("</span>\n");
        if (r.hops().size() > 1) {
            b.append("<br>เปลี่ยนเส้นทาง: ").append(r.hops().stream().map(h -> h.status() + " " + Html.link(h.url(), h.url()))
                    .collect(Collectors.joining(" → ")));
        }
        if (!r.tls().isEmpty()) {
            b.append("<br><span class=\"warn\">").append(Html.escape(r.tls().stream().map(TlsProblem::th)
                    .collect(Collectors.joining(", ")))).append("</span>");
        }
        clickPath(r.clickPath(), b);
        if (!r.dates().isEmpty()) {
            b.append("<br>วันที่ที่อ่านได้: ").append(Html.escape(String.join(", ", r.dates())));
        }
        if (!r.fiscalYears().isEmpty()) {
            b.append(" · ปีงบประมาณ ").append(r.fiscalYears().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        b.append("<ul>");
        for (Reason why : r.reasons()) {
            b.append("<li>").append(Html.escape(why.th()));
            if (!why.fixTh().isBlank()) {
                b.append(" <span class=\"muted\">— วิธีแก้: ").append(Html.escape(why.fixTh())).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
        copy(r, b);
        b.append("</div>\n");
    }

    private static void clickPath(List<PathStep> path, StringBuilder b) {
        if (path.isEmpty()) {
            b.append("<br><b>ไม่มีเส้นทางคลิกจากหน้าแรก</b>");
            return;
        }
        b.append("<br>เส้นทางคลิกจากหน้าแรก (").append(path.size() - 1).append(" คลิก):<ol class=\"path\">");
        for (PathStep s : path) {
            b.append("<li>").append(Html.link(s.url(), ReportLabels.anchor(s, Lang.TH))).append("</li>");
        }
        b.append("</ol>");
    }

    private static void copy(RowResult r, StringBuilder b) {
        if (r.evidenceCopies().isEmpty()) {
            b.append("<span class=\"muted\">ไม่มีสำเนา</span>");
            return;
        }
        ArchivedCopy c = r.evidenceCopies().get(r.evidenceCopies().size() - 1);
        String file = Verification.WARC_DIR + "/" + c.warcFile();
        b.append("<span class=\"muted\">สำเนา: ").append(local(file)).append(" · record <code>")
                .append(Html.escape(c.responseRecordId())).append("</code> · SHA-256 <code>").append(c.sha256())
                .append("</code> · เก็บเมื่อ ").append(c.fetchedAt()).append(" · หน้าในเส้นทางคลิก ")
                .append(r.pathCopies().size()).append(" สำเนา</span>");
    }

    /** A link to a file this run wrote itself (a relative path of ours, never a site's string). */
    private static String local(String relativePath) {
        return "<a href=\"./" + Html.escape(relativePath) + "\">" + Html.escape(relativePath) + "</a>";
    }

    private static int itemNumber(String code) {
        String digits = code.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
