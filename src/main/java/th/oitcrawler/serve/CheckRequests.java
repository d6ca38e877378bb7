package th.oitcrawler.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.Homepages;
import th.oitcrawler.evidence.EvidenceCsv;

/**
 * Validates the form and starts a check. Every problem becomes a Thai message on the form, with
 * what was typed kept, and nothing is started.
 */
final class CheckRequests {
    /** Either a started job's id, or the page to show with its HTTP status. */
    record Outcome(String jobId, int status, String page) {
    }

    private final CheckJobs jobs;

    CheckRequests(CheckJobs jobs) {
        this.jobs = jobs;
    }

    String home() {
        return ServePages.home(CheckServer.checklistIds(), defaultChecklist(), "", "", null, null, PastChecks.list(jobs));
    }

    Outcome start(Map<String, String> form, boolean tooBig) {
        String typed = form.getOrDefault("homepage", "");
        String checklistId = form.getOrDefault("checklist", defaultChecklist());
        String csv = form.getOrDefault("evidence", "");
        if (tooBig) {
            return error(400, typed, checklistId, csv, "ข้อมูลที่ส่งมายาวเกินไป (เกิน 1 MB) กรุณาส่ง CSV ที่สั้นลง", null);
        }
        URI homepage;
        try {
            homepage = Homepages.parse(typed);
            jobs.crawlOptionsFor(homepage);
        } catch (IllegalArgumentException e) {
            String msg = typed.isBlank() ? "กรุณากรอกที่อยู่เว็บไซต์ (หน้าแรก) ของหน่วยงาน"
                    : "ที่อยู่เว็บไซต์ไม่ถูกต้อง: “" + typed.strip() + "” — กรุณากรอกที่อยู่เต็ม เช่น https://www.example.go.th/";
            return error(400, typed, checklistId, csv, msg, null);
        }
        if (!CheckServer.checklistIds().contains(checklistId)) {
            return error(400, typed, checklistId, csv, "ไม่รู้จักเกณฑ์ “" + checklistId + "” กรุณาเลือกจากรายการ", null);
        }
        Checklist checklist = ChecklistLoader.load(checklistId);
        EvidenceCsv.Parsed submitted;
        try {
            submitted = evidence(csv, checklist);
        } catch (IOException e) {
            return error(500, typed, checklistId, csv, "อ่าน CSV ไม่ได้: " + e.getMessage(), null);
        }
        CheckJobs.Started s = jobs.start(homepage, checklist, submitted.rows(), submitted.errors());
        if (s.alreadyRunning() != null) {
            CheckJob r = s.alreadyRunning();
            return error(409, typed, checklistId, csv, "กำลังตรวจเว็บไซต์ " + r.host() + " อยู่ (" + r.homepage()
                    + ") ตรวจได้ครั้งละหนึ่งรายการต่อเว็บไซต์ กรุณารอให้เสร็จก่อนแล้วค่อยตรวจใหม่", "/check/" + r.id());
        }
        return new Outcome(s.job().id(), 303, null);
    }

    private Outcome error(int status, String typed, String checklistId, String csv, String message, String link) {
        return new Outcome(null, status, ServePages.home(CheckServer.checklistIds(), checklistId, typed, csv, message, link,
                PastChecks.list(jobs)));
    }

    /** Rows of the pasted CSV; a bad row is reported on the check's page and the others still checked. */
    private static EvidenceCsv.Parsed evidence(String csv, Checklist checklist) throws IOException {
        if (csv.isBlank()) {
            return new EvidenceCsv.Parsed(List.of(), List.of());
        }
        Set<String> codes = checklist.items().stream().map(ChecklistItem::code).collect(Collectors.toSet());
        Path tmp = Files.createTempFile("oit-serve-evidence", ".csv");
        try {
            Files.writeString(tmp, csv.replace("\r\n", "\n"), StandardCharsets.UTF_8);
            EvidenceCsv.Parsed p = EvidenceCsv.read(tmp, codes);
            // Name the pasted text, not a temp file, in messages.
            List<String> errors = p.errors().stream().map(e -> e.replace(tmp.toString(), "CSV")).toList();
            return new EvidenceCsv.Parsed(p.rows(), errors);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The checklist of the current assessment year when built in, else the newest. */
    static String defaultChecklist() {
        List<String> ids = CheckServer.checklistIds();
        int be = java.time.LocalDate.now(CheckJobs.THAILAND).getYear() + 543;
        String current = "ita-" + be;
        return ids.contains(current) ? current : ids.get(ids.size() - 1);
    }
}
