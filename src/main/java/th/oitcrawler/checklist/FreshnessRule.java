package th.oitcrawler.checklist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Which period an item's content must cover, relative to the fiscal year of the assessment
 * (research oit-checklists.md §0). Fiscal year พ.ศ. Y runs 1 October Y−1 to 30 September Y; the ITA
 * of year Y is run during fiscal year Y. An item lists one or more rules; any one satisfies it.
 * The constant names are the JSON values.
 */
public enum FreshnessRule {
    /** In force when checked; no year stamp needed (structure, contact details, manuals). */
    NOW,
    /** Of the current fiscal year Y (plans, news, announcements). */
    CUR,
    /** Of the previous fiscal year Y−1 (annual results reports). */
    PREV,
    /** Covers at least the first six months of fiscal year Y, October to March. */
    H1,
    /** A monthly series with every month since October of fiscal year Y up to the check. */
    MON,
    /** A multi-year plan whose period includes fiscal year Y. */
    MULTI;

    private static final int BE_MINUS_CE = 543;

    /** The JSON spelling, the constant's name. */
    @JsonValue
    public String json() {
        return name();
    }

    /** The constant spelled {@code value} in JSON (case-sensitive), or empty. */
    public static Optional<FreshnessRule> fromJson(String value) {
        for (FreshnessRule rule : values()) {
            if (rule.name().equals(value)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * A short Thai statement of the rule, e.g. {@code CUR.describeTh(2568)} is
     * "ข้อมูลปีงบประมาณ พ.ศ. 2568".
     *
     * @param fiscalYearBe the fiscal year of the assessment, Buddhist era (the assessment year)
     * @throws IllegalArgumentException if the year looks like a Gregorian year
     */
    public String describeTh(int fiscalYearBe) {
        int y = checkBe(fiscalYearBe);
        return switch (this) {
            case NOW -> "ข้อมูลเป็นปัจจุบัน ณ วันที่ตรวจ (ไม่ต้องระบุปี)";
            case CUR -> "ข้อมูลปีงบประมาณ พ.ศ. " + y;
            case PREV -> "รายงานของปีงบประมาณก่อนหน้า พ.ศ. " + (y - 1);
            case H1 -> "ครอบคลุมอย่างน้อย 6 เดือนแรกของปีงบประมาณ พ.ศ. " + y
                    + " (ต.ค. " + (y - 1) + " – มี.ค. " + y + ")";
            case MON -> "ข้อมูลรายเดือนครบทุกเดือนของปีงบประมาณ พ.ศ. " + y
                    + " ตั้งแต่ ต.ค. " + (y - 1) + " ถึงวันที่ตรวจ";
            case MULTI -> "แผนหลายปีที่ครอบคลุมปีงบประมาณ พ.ศ. " + y;
        };
    }

    /**
     * A short English statement of the rule with the Gregorian months, e.g. {@code CUR.describeEn(2568)}
     * is "data of fiscal year 2568 BE (Oct 2024 – Sep 2025)".
     *
     * @param fiscalYearBe the fiscal year of the assessment, Buddhist era (the assessment year)
     * @throws IllegalArgumentException if the year looks like a Gregorian year
     */
    public String describeEn(int fiscalYearBe) {
        int y = checkBe(fiscalYearBe);
        int ce = y - BE_MINUS_CE;
        return switch (this) {
            case NOW -> "current at the time of checking (no year required)";
            case CUR -> "data of fiscal year " + y + " BE (Oct " + (ce - 1) + " – Sep " + ce + ")";
            case PREV -> "report of the previous fiscal year, " + (y - 1) + " BE (Oct " + (ce - 2)
                    + " – Sep " + (ce - 1) + ")";
            case H1 -> "covering at least the first six months of fiscal year " + y + " BE (Oct "
                    + (ce - 1) + " – Mar " + ce + ")";
            case MON -> "every month of fiscal year " + y + " BE from Oct " + (ce - 1)
                    + " up to the check date";
            case MULTI -> "a multi-year plan whose period includes fiscal year " + y + " BE";
        };
    }

    // A Gregorian year here would silently shift every period by 543 years.
    private static int checkBe(int year) {
        if (year < 2400 || year > 2800) {
            throw new IllegalArgumentException("fiscal year must be Buddhist era (e.g. 2568), got " + year);
        }
        return year;
    }
}
