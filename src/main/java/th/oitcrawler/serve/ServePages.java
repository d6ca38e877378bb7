package th.oitcrawler.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import th.oitcrawler.crawl.CrawlProgress;
import th.oitcrawler.report.Html;
import th.oitcrawler.thai.BuddhistEra;

/** The HTML of the serve pages, Thai first. Every value shown is escaped through {@link Html}. */
final class ServePages {
    /** While a check runs, polls the status endpoint; reloads the page (server-rendered result) once it ends. */
    static final String POLL_SCRIPT = "(function(){var m=document.getElementById('job');if(!m||m.getAttribute('data-state')!=='RUNNING')return;"
            + "var id=m.getAttribute('data-id');function set(k,v){var e=document.getElementById(k);if(e)e.textContent=v;}"
            + "function tick(){fetch('/status/'+encodeURIComponent(id),{cache:'no-store'}).then(function(r){return r.json();})"
            + ".then(function(s){set('fetched',s.fetched);set('queued',s.queued);set('depth',s.depth);set('elapsed',s.elapsed);"
            + "if(s.state!=='RUNNING'){location.reload();}else{setTimeout(tick,700);}})"
            + ".catch(function(){setTimeout(tick,2000);});}setTimeout(tick,700);})();";
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + sha256(POLL_SCRIPT)
            + "'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String CSS = """
            body{font-family:"Sarabun","Noto Sans Thai","Leelawadee UI","Tahoma",sans-serif;color:#1f2328;max-width:960px;margin:0 auto;padding:1.5rem;line-height:1.6}
            h1{font-size:1.5rem}label{display:block;font-weight:bold;margin-top:1rem}
            input[type=text],select,textarea{font:inherit;width:100%;padding:.4rem;box-sizing:border-box}
            textarea{height:6rem;font-family:monospace}button{font:inherit;margin-top:1rem;padding:.5rem 1.5rem}
            .hint,.muted{color:#59636e;font-size:.9em}.error{background:#fee2e2;color:#7f1d1d;border:1px solid #fca5a5;padding:.75rem;border-radius:.4rem}
            .ok{background:#dcfce7;color:#14532d;border:1px solid #86efac;padding:.75rem;border-radius:.4rem}
            table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d1d9e0;padding:.4rem;text-align:left;vertical-align:top}
            a{color:#0b5cad;overflow-wrap:anywhere}
            """;

    private ServePages() {
    }

    /** The form, an optional error, and the past checks. */
    static String home(List<String> checklistIds, String selected, String homepage, String evidence, String error,
                       String errorLink, List<PastChecks.Entry> past) {
        StringBuilder b = head("ตรวจเว็บไซต์ตามเกณฑ์ OIT");
        b.append("<h1>ตรวจเว็บไซต์หน่วยงานตามเกณฑ์ OIT (ITA)</h1>\n<p class=\"muted\">Check a Thai agency website"
                + " against the OIT checklist. เครื่องมือนี้เปิดหน้าแรกของเว็บไซต์ แล้วคลิกตามลิงก์เหมือนผู้ตรวจ"
                + " เพื่อหาว่าแต่ละข้อเข้าถึงได้จากหน้าแรกหรือไม่</p>\n");
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\" role=\"alert\">").append(Html.escape(error));
            if (errorLink != null) {
                b.append(" <a href=\"").append(Html.escape(errorLink)).append("\">ดูการตรวจที่กำลังทำอยู่</a>");
            }
            b.append("</p>\n");
        }
        b.append("<form method=\"post\" action=\"/check\" accept-charset=\"utf-8\">\n")
                .append("<label for=\"homepage\">ที่อยู่เว็บไซต์ (หน้าแรก) / Homepage URL</label>")
                .append("<input type=\"text\" inputmode=\"url\" id=\"homepage\" name=\"homepage\" required")
                .append(" placeholder=\"https://www.example.go.th/\" value=\"").append(Html.escape(homepage)).append("\">\n")
                .append("<label for=\"checklist\">เกณฑ์ปีงบประมาณ / Checklist</label><select id=\"checklist\" name=\"checklist\">");
        for (String id : checklistIds) {
            b.append("<option value=\"").append(Html.escape(id)).append('"').append(id.equals(selected) ? " selected" : "")
                    .append('>').append(Html.escape(id.replace("ita-", "ITA พ.ศ. "))).append("</option>");
        }
        b.append("</select>\n<label for=\"evidence\">URL ที่จะส่งให้ ป.ป.ช. (ไม่บังคับ) / Planned submission CSV</label>")
                .append("<textarea id=\"evidence\" name=\"evidence\" placeholder=\"item,url&#10;O1,https://www.example.go.th/ita/o1.html\">")
                .append(Html.escape(evidence)).append("</textarea>\n<p class=\"hint\">วางเนื้อหาไฟล์ CSV หัวตาราง item,url")
                .append(" หนึ่งแถวต่อหนึ่ง URL</p>\n<button type=\"submit\" id=\"start\">เริ่มตรวจ</button>\n</form>\n");
        past(past, b);
        return tail(b);
    }

    /** A running or finished check. */
    static String job(CheckJob job) {
        StringBuilder b = head("การตรวจ " + job.homepage());
        b.append("<p><a href=\"/\">« กลับหน้าหลัก</a></p>\n<h1>ผลการตรวจ ").append(Html.escape(job.homepage()))
                .append("</h1>\n<p class=\"muted\">เกณฑ์ ").append(Html.escape(job.checklistId())).append(" · เริ่มเมื่อ ")
                .append(Html.escape(job.started().atZone(CheckJobs.THAILAND).format(BuddhistEra.DAY_TIME))).append("</p>\n");
        for (String e : job.evidenceErrors()) {
            b.append("<p class=\"error\">แถวในไฟล์ CSV ใช้ไม่ได้ (แถวอื่นตรวจตามปกติ): ").append(Html.escape(e)).append("</p>\n");
        }
        CrawlProgress.Snapshot s = job.progress().snapshot();
        b.append("<p id=\"job\" data-id=\"").append(Html.escape(job.id())).append("\" data-state=\"")
                .append(job.state().name()).append("\">");
        b.append(switch (job.state()) {
            case RUNNING -> "<b id=\"state\">กำลังตรวจ…</b> ";
            case DONE -> "<b id=\"state\">ตรวจเสร็จแล้ว</b> ";
            case HOMEPAGE_FAILED, FAILED -> "<b id=\"state\">ตรวจไม่สำเร็จ</b> ";
        });
        b.append("สำรวจแล้ว <span id=\"fetched\">").append(s.fetched()).append("</span> หน้า · รอคิว <span id=\"queued\">")
                .append(s.queued()).append("</span> · ลึก <span id=\"depth\">").append(s.depth())
                .append("</span> คลิกจากหน้าแรก · เวลา <span id=\"elapsed\">").append(elapsed(job.elapsed()))
                .append("</span></p>\n");
        if (!job.message().isEmpty()) {
            b.append("<p class=\"error\" id=\"error\" role=\"alert\">").append(Html.escape(job.message())).append("</p>\n");
        }
        if (!job.summary().isEmpty()) {
            b.append("<p class=\"ok\">").append(Html.escape(job.summary())).append("</p>\n");
        }
        if (job.hasReport()) {
            b.append("<p><a id=\"report-link\" href=\"").append(reportHref(job.id())).append("\">เปิดรายงาน (report.html)</a>")
                    .append(" · <a href=\"/reports/").append(Html.escape(job.id())).append("/items.csv\">items.csv</a>")
                    .append(" · <a href=\"/reports/").append(Html.escape(job.id())).append("/report.json\">report.json</a></p>\n");
        }
        return tail(b);
    }

    static String notFound() {
        return tail(head("ไม่พบ").append("<h1>ไม่พบหน้านี้</h1><p><a href=\"/\">กลับหน้าหลัก</a></p>"));
    }

    static String elapsed(Duration d) {
        long s = d.toSeconds();
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    static String reportHref(String id) {
        return "/reports/" + Html.escape(id) + "/report.html";
    }

    private static void past(List<PastChecks.Entry> past, StringBuilder b) {
        b.append("<h2>การตรวจที่ผ่านมา</h2>\n");
        if (past.isEmpty()) {
            b.append("<p class=\"muted\" id=\"no-past\">ยังไม่มี</p>\n");
            return;
        }
        b.append("<table id=\"past\"><thead><tr><th>เว็บไซต์</th><th>เมื่อ</th><th>ผล</th></tr></thead><tbody>\n");
        for (PastChecks.Entry e : past) {
            b.append("<tr><td>").append(Html.escape(e.homepage())).append("</td><td>").append(Html.escape(e.when()))
                    .append("</td><td>").append(Html.escape(e.status()));
            if (e.hasReport()) {
                b.append(" · <a href=\"").append(reportHref(e.id())).append("\">รายงาน</a>");
            }
            if (e.live()) {
                b.append(" · <a href=\"/check/").append(Html.escape(e.id())).append("\">รายละเอียด</a>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append(" — oit-crawler</title>\n<style>").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n");
    }

    private static String tail(StringBuilder b) {
        return b.append("<script>").append(POLL_SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
