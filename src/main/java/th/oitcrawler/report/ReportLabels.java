package th.oitcrawler.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import th.oitcrawler.graph.PathStep;
import th.oitcrawler.score.Verdict;
import th.oitcrawler.thai.BuddhistEra;
import th.oitcrawler.thai.ThaiMonths;

/**
 * How values read in the human reports (HTML, CSV, console), in Thai or English, so the three say the
 * same thing in the same words. Plain text; callers escape for HTML.
 */
public final class ReportLabels {
    /** Separates the steps of a click path, as breadcrumbs do. */
    public static final String STEP_SEPARATOR = " › ";

    private ReportLabels() {
    }

    /** "30 มิถุนายน 2568" (Buddhist era, as Thai officials write dates) or "30 June 2025". */
    public static String date(LocalDate d, Lang lang) {
        return lang == Lang.TH
                ? d.getDayOfMonth() + " " + ThaiMonths.fullName(d.getMonth()) + " " + BuddhistEra.toBe(d.getYear())
                : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + d.getYear();
    }

    /** A score without trailing zeros: 100, 62.5, 33.33. */
    public static String score(double score) {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }

    public static String verdict(Verdict v, Lang lang) {
        return lang.pick(v.th(), v.en());
    }

    public static String homepage(Lang lang) {
        return lang.pick("หน้าแรก", "Homepage");
    }

    /**
     * What a person clicks for this step: its anchor text, or for a step without text what happened
     * there (a frame or redirect shows its target without any text to click).
     */
    public static String anchor(PathStep step, Lang lang) {
        if (!step.anchor().isBlank()) {
            return step.anchor();
        }
        if (step.kind() == null) {
            return homepage(lang);
        }
        return switch (step.kind()) {
            case FRAME, IFRAME -> lang.pick("(เฟรม)", "(frame)");
            case REDIRECT, META_REFRESH -> lang.pick("(เปลี่ยนเส้นทางอัตโนมัติ)", "(automatic redirect)");
            default -> lang.pick("(ลิงก์ไม่มีข้อความ)", "(link without text)");
        };
    }

    /** How evidence was found ({@code EvidenceRef.foundBy}), in words; an unknown value as it is. */
    public static String foundBy(String foundBy, Lang lang) {
        return switch (foundBy) {
            case "link" -> lang.pick("ข้อความลิงก์", "link text");
            case "row" -> lang.pick("แถวในตาราง", "table row");
            case "title" -> lang.pick("ชื่อหน้า", "page title");
            case "heading" -> lang.pick("หัวข้อในหน้า", "heading");
            case "file-name" -> lang.pick("ชื่อไฟล์", "file name");
            case "submitted" -> lang.pick("URL ที่จะส่ง", "submitted URL");
            default -> foundBy;
        };
    }

    /** "HTTP 200", or that the URL was not fetched (status 0). */
    public static String httpStatus(int status, Lang lang) {
        return status == 0 ? lang.pick("ยังไม่ได้เปิด", "not fetched") : "HTTP " + status;
    }

    /** "anchor › anchor": the clicks after the homepage; empty for an empty path. */
    public static String anchors(List<PathStep> path, Lang lang) {
        return path.stream().skip(1).map(s -> anchor(s, lang)).collect(Collectors.joining(STEP_SEPARATOR));
    }
}
