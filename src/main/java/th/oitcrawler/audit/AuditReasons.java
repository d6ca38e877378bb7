package th.oitcrawler.audit;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import th.oitcrawler.evidence.FetchTrace;
import th.oitcrawler.evidence.TlsProblem;
import th.oitcrawler.score.Reason;

/** The reasons verify adds to those of {@code check}, in Thai and English with what to do. */
final class AuditReasons {
    private AuditReasons() {
    }

    static Reason blocked(String url, FetchTrace trace) {
        String what = trace.error() == null && trace.status() > 0 ? "HTTP " + trace.status() : "login page";
        if (trace.hops().size() > 1) {
            what = what + ", " + trace.finalUrl();
        }
        return Reason.of("เปิด " + url + " ไม่ได้เพราะถูกกันไว้ (" + what + ") ไม่ได้แปลว่าไม่มีเอกสาร",
                        url + " is blocked (" + what + "): the tool was kept out, which does not mean the document is missing")
                .withFix("ตั้งค่าการแชร์ให้ทุกคนที่มีลิงก์เปิดดูได้โดยไม่ต้องเข้าสู่ระบบ แล้วให้ผู้ตรวจเปิดดูด้วยตนเอง",
                        "share it so anyone with the link can view it without logging in; a reviewer should open it by hand");
    }

    static Reason tls(String url, List<TlsProblem> problems) {
        return Reason.of("ใบรับรองความปลอดภัยของ " + url + " มีปัญหา: "
                                + problems.stream().map(TlsProblem::th).collect(Collectors.joining(", "))
                                + " — เบราว์เซอร์จะแสดงคำเตือน (เนื้อหาอ่านโดยข้ามการตรวจใบรับรอง)",
                        "certificate problem at " + url + ": " + problems.stream().map(TlsProblem::en).collect(Collectors.joining(", "))
                                + " — browsers show a warning (content read without certificate checks)")
                .withFix("ติดตั้งใบรับรองที่ถูกต้องและครบสาย (เช่น Let's Encrypt) สำหรับชื่อโดเมนนี้",
                        "install a valid certificate with its full chain (e.g. Let's Encrypt) for this host name");
    }

    static Reason cutOff(Duration budget, String stage) {
        return Reason.of("หยุดตรวจเว็บไซต์นี้เมื่อครบเวลา " + budget.toSeconds() + " วินาที (" + stage + ") รายการนี้ยังไม่ได้ตรวจ",
                        "site cut off after its " + budget.toSeconds() + " s budget (" + stage + "); this row was not checked")
                .withFix("ตรวจว่าเว็บไซต์ตอบสนองปกติ แล้วตรวจใหม่ หรือเพิ่ม --site-budget-s",
                        "check that the site answers normally, then verify again or raise --site-budget-s");
    }

    static Reason crawlFailed(String message) {
        return Reason.of("สำรวจเว็บไซต์ไม่ได้: " + message, "the site could not be crawled: " + message);
    }
}
