package th.oitcrawler.freshness;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import th.oitcrawler.checklist.FreshnessRule;
import th.oitcrawler.thai.BuddhistEra;
import th.oitcrawler.thai.DateKind;
import th.oitcrawler.thai.DateMention;
import th.oitcrawler.thai.FiscalYear;
import th.oitcrawler.thai.ThaiMonths;

/**
 * Applies an item's freshness rules (research §0) to the dates read from its evidence. Any one
 * satisfied rule makes the item fresh. A calendar year ("พ.ศ. 2568") counts as that fiscal year,
 * because Thai agencies stamp annual documents that way; a multi-year range counts only for MULTI,
 * never as "current", and a whole-year stamp never proves monthly coverage.
 */
public final class FreshnessJudge {
    private FreshnessJudge() {
    }

    /**
     * @param fiscalYear the assessment's fiscal year, Buddhist era
     * @param asOf       "today" for MON (months due are October .. the month before)
     */
    public static Freshness judge(List<FreshnessRule> rules, int fiscalYear, LocalDate asOf, List<DateMention> dates) {
        Freshness first = null;
        for (FreshnessRule rule : rules) {
            Freshness f = judgeOne(rule, fiscalYear, asOf, dates);
            if (f.status() == Freshness.Status.FRESH) {
                return f;
            }
            if (first == null || first.status() == Freshness.Status.UNDATED && f.status() == Freshness.Status.STALE) {
                first = f;
            }
        }
        return first;
    }

    private static Freshness judgeOne(FreshnessRule rule, int fy, LocalDate asOf, List<DateMention> dates) {
        return switch (rule) {
            case NOW -> new Freshness(Freshness.Status.FRESH, "NOW", List.of(), "no date required", "ไม่ต้องระบุวันที่");
            case CUR -> singleYear("CUR", fy, dates);
            case PREV -> singleYear("PREV", fy - 1, dates);
            case MULTI -> multi(fy, dates);
            case H1 -> firstHalf(fy, dates);
            case MON -> monthly(fy, asOf, dates);
        };
    }

    /** The fiscal year a mention stands for, or null when it spans several. */
    static Integer fiscalYearOf(DateMention m) {
        if (m.kind() == DateKind.YEAR) {
            return BuddhistEra.toBe(m.start().getYear());
        }
        return m.fiscalYear().orElse(null);
    }

    private static Freshness singleYear(String rule, int want, List<DateMention> dates) {
        List<String> hits = new ArrayList<>();
        List<String> older = new ArrayList<>();
        for (DateMention m : dates) {
            Integer f = fiscalYearOf(m);
            if (f == null) {
                continue;
            }
            if (f == want) {
                hits.add(m.text());
            } else if (f < want) {
                older.add(m.text());
            }
        }
        if (!hits.isEmpty()) {
            return new Freshness(Freshness.Status.FRESH, rule, hits, "fiscal year " + want, "ปีงบประมาณ พ.ศ. " + want);
        }
        if (!older.isEmpty()) {
            return new Freshness(Freshness.Status.STALE, rule, older,
                    "only older periods: " + String.join(", ", older) + "; fiscal year " + want + " required",
                    "พบเฉพาะข้อมูลช่วงก่อน: " + String.join(", ", older) + " ต้องเป็นปีงบประมาณ พ.ศ. " + want);
        }
        return undated(rule, "fiscal year " + want, "ปีงบประมาณ พ.ศ. " + want);
    }

    private static Freshness multi(int fy, List<DateMention> dates) {
        FiscalYear year = new FiscalYear(fy);
        List<String> hits = new ArrayList<>();
        List<String> older = new ArrayList<>();
        for (DateMention m : dates) {
            Integer f = fiscalYearOf(m);
            boolean covers = f != null ? f == fy : !m.end().isBefore(year.start()) && !m.start().isAfter(year.end());
            if (covers) {
                hits.add(m.text());
            } else if (m.end().isBefore(year.start())) {
                older.add(m.text());
            }
        }
        if (!hits.isEmpty()) {
            return new Freshness(Freshness.Status.FRESH, "MULTI", hits, "period includes fiscal year " + fy,
                    "ช่วงเวลาครอบคลุมปีงบประมาณ พ.ศ. " + fy);
        }
        if (!older.isEmpty()) {
            return new Freshness(Freshness.Status.STALE, "MULTI", older,
                    "the plan's period (" + String.join(", ", older) + ") ends before fiscal year " + fy,
                    "ช่วงเวลาของแผน (" + String.join(", ", older) + ") สิ้นสุดก่อนปีงบประมาณ พ.ศ. " + fy);
        }
        return undated("MULTI", "a period including fiscal year " + fy, "ช่วงเวลาที่ครอบคลุมปีงบประมาณ พ.ศ. " + fy);
    }

    private static Freshness firstHalf(int fy, List<DateMention> dates) {
        FiscalYear year = new FiscalYear(fy);
        List<YearMonth> due = months(YearMonth.from(year.start()), YearMonth.from(year.start()).plusMonths(5));
        Freshness byMonths = coverage("H1", fy, due, dates);
        if (byMonths.status() == Freshness.Status.FRESH) {
            return byMonths;
        }
        Freshness whole = singleYear("H1", fy, dates);
        return whole.status() == Freshness.Status.FRESH ? whole : byMonths.status() == Freshness.Status.UNDATED ? whole : byMonths;
    }

    private static Freshness monthly(int fy, LocalDate asOf, List<DateMention> dates) {
        FiscalYear year = new FiscalYear(fy);
        YearMonth first = YearMonth.from(year.start());
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        if (last.isAfter(YearMonth.from(year.end()))) {
            last = YearMonth.from(year.end());
        }
        if (last.isBefore(first)) {
            return new Freshness(Freshness.Status.FRESH, "MON", List.of(), "no month due yet", "ยังไม่ถึงกำหนดเดือนแรก");
        }
        return coverage("MON", fy, months(first, last), dates);
    }

    /** Every due month must be named by a date, a month, or a range of at most three months (a quarter). */
    private static Freshness coverage(String rule, int fy, List<YearMonth> due, List<DateMention> dates) {
        Set<YearMonth> covered = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        boolean anyOlder = false;
        for (DateMention m : dates) {
            if (m.kind() == DateKind.YEAR || m.kind() == DateKind.FISCAL_YEAR) {
                continue;
            }
            List<YearMonth> span = months(YearMonth.from(m.start()), YearMonth.from(m.end()));
            if (span.size() > 3) {
                continue;
            }
            for (YearMonth ym : span) {
                if (due.contains(ym) && covered.add(ym)) {
                    used.add(m.text());
                }
            }
            anyOlder |= m.end().isBefore(due.get(0).atDay(1));
        }
        List<YearMonth> missing = due.stream().filter(ym -> !covered.contains(ym)).toList();
        if (missing.isEmpty()) {
            return new Freshness(Freshness.Status.FRESH, rule, used, "every month " + due.get(0) + " … " + due.get(due.size() - 1),
                    "ครบทุกเดือน " + thai(due.get(0)) + " – " + thai(due.get(due.size() - 1)));
        }
        if (covered.isEmpty() && !anyOlder) {
            return undated(rule, "monthly data from " + due.get(0), "ข้อมูลรายเดือนตั้งแต่ " + thai(due.get(0)));
        }
        List<String> missingTh = missing.stream().map(FreshnessJudge::thai).toList();
        return new Freshness(Freshness.Status.STALE, rule, used,
                "months missing: " + missing.stream().map(YearMonth::toString).toList() + " (fiscal year " + fy + ")",
                "ขาดข้อมูลเดือน: " + String.join(", ", missingTh));
    }

    private static Freshness undated(String rule, String want, String wantTh) {
        return new Freshness(Freshness.Status.UNDATED, rule, List.of(),
                "no date found to show " + want, "ไม่พบวันที่ที่แสดงว่าเป็น" + wantTh);
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth ym = from; !ym.isAfter(to) && out.size() <= 240; ym = ym.plusMonths(1)) {
            out.add(ym);
        }
        return out;
    }

    static String thai(YearMonth ym) {
        return ThaiMonths.abbreviation(ym.getMonth()) + " " + BuddhistEra.toBe(ym.getYear());
    }
}
