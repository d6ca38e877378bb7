package th.oitcrawler.thai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates, months, ranges and years written in Thai (or English) page text.
 *
 * <p>Rules for the ambiguous cases:
 * <ul>
 *   <li><b>Era.</b> A 4-digit year ≥ 2400 is Buddhist era (BE), below is CE. A 2-digit year is BE next
 *       to a Thai month ("24 ก.ค. 55" → 2555) and CE next to an English one, unless a พ.ศ./ค.ศ. marker
 *       says otherwise; only 40–99 (BE) and 00–69 (CE) are accepted. Numeric dates need 4-digit years.
 *   <li><b>Bare numbers are not years.</b> A 4-digit year counts only next to a month, inside a numeric
 *       date, or after a marker: พ.ศ./ค.ศ., ปี, ประจำปี, ปีงบประมาณ. So "2,568 บาท", "O25", phone numbers,
 *       "ITA 2567" and "โครงการ … 2562" yield nothing. After ปี/ประจำปี/พ.ศ. only BE years (2400–2799)
 *       count, so "ประจำปี 2000 บาท" is not a year; "ค.ศ. 2025" is.
 *   <li><b>Fiscal or calendar year.</b> "ปีงบประมาณ …", "ประจำปีงบประมาณ …", "รอบปีงบประมาณ …", "ปีงบฯ …"
 *       are {@link DateKind#FISCAL_YEAR}. "ประจำปี 2568" is also read as the fiscal year: on OIT
 *       documents (plans, reports, "แผนพัสดุประจำปี") it means the budget year in practice, and NACC
 *       items are judged by fiscal year. "ปี 2568", "ปี พ.ศ. 2568" and "พ.ศ. 2568" are calendar {@link
 *       DateKind#YEAR}s. A year pair after a marker ("ปี 2565-2569", "ปีงบประมาณ 2566 - 2570") is a
 *       {@link DateKind#RANGE} of calendar or fiscal years.
 *   <li><b>Longest reading wins.</b> Candidates from every pattern are ranked by length; a shorter one
 *       overlapping a longer one is dropped, so "24-27 ก.ค. 55" is one range and "ประจำปีงบประมาณ
 *       พ.ศ. 2568" one fiscal year.
 *   <li><b>Invalid dates are skipped, not repaired.</b> "31 ก.พ. 2568" yields nothing (not even the
 *       month), and neither does the real typo "18 พฤศจิกายน 253\62": guessing a date could turn stale
 *       content into a false PASS.
 *   <li>A month range without a first year takes the second one's, or the year before when the first
 *       month is later ("ต.ค. – มี.ค. 2568" is 2024-10-01 … 2025-03-31).
 * </ul>
 *
 * <p>Thread-safe and stateless. Never throws for any string.
 */
public final class ThaiDateReader {
  private ThaiDateReader() {}

  /**
   * All mentions in {@code text}, in text order, non-overlapping. Offsets and {@code text} refer to the
   * string passed in. A null argument is treated as empty.
   */
  public static List<DateMention> read(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    ScanText scan = ScanText.of(text);
    List<Candidate> candidates = new ArrayList<>();
    collect(scan, DatePatterns.DAY_RANGE, ThaiDateReader::dayRange, candidates);
    collect(scan, DatePatterns.CROSS_MONTH_RANGE, ThaiDateReader::crossMonthRange, candidates);
    collect(scan, DatePatterns.MONTH_RANGE, ThaiDateReader::monthRange, candidates);
    collect(scan, DatePatterns.DATE, ThaiDateReader::date, candidates);
    collect(scan, DatePatterns.ENGLISH_DATE, ThaiDateReader::date, candidates);
    collect(scan, DatePatterns.MONTH_YEAR, ThaiDateReader::monthYear, candidates);
    collect(scan, DatePatterns.NUMERIC_RANGE, ThaiDateReader::numericRange, candidates);
    collect(scan, DatePatterns.NUMERIC_DATE, m -> numeric(m, "1"), candidates);
    collect(scan, DatePatterns.ISO_DATE, ThaiDateReader::iso, candidates);
    collect(scan, DatePatterns.FISCAL_YEAR, m -> yearPhrase(m, true, true), candidates);
    collect(scan, DatePatterns.ANNUAL, m -> yearPhrase(m, true, false), candidates);
    collect(scan, DatePatterns.YEAR, m -> yearPhrase(m, false, false), candidates);
    return select(scan, candidates);
  }

  /** A reading of scan[start, end); {@code span} is null when it matched but is not a valid date. */
  private record Candidate(int start, int end, DateKind kind, Span span) {}

  private record Span(LocalDate start, LocalDate end, boolean fiscal) {}

  private interface Interpreter {
    Optional<Candidate> read(Matcher m);
  }

  private static void collect(ScanText scan, Pattern pattern, Interpreter how, List<Candidate> out) {
    Matcher m = pattern.matcher(scan.text());
    int from = 0;
    // Restart one past each match start so overlapping readings of the same pattern are all seen.
    while (from < scan.text().length() && m.find(from)) {
      how.read(m).ifPresent(out::add);
      from = m.start() + 1;
    }
  }

  private static List<DateMention> select(ScanText scan, List<Candidate> candidates) {
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()
        .thenComparingInt(Candidate::start));
    // Kept readings never overlap, so only the one starting last before c.end() can overlap c.
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : candidates) {
      Map.Entry<Integer, Candidate> before = kept.lowerEntry(c.end());
      if (before == null || before.getValue().end() <= c.start()) {
        kept.put(c.start(), c); // an invalid reading is kept too, to block shorter readings of its words
      }
    }
    List<DateMention> mentions = new ArrayList<>();
    for (Candidate c : kept.values()) {
      if (c.span() == null) {
        continue;
      }
      String text = scan.originalSlice(c.start(), c.end());
      int from = scan.originalStart(c.start());
      int to = scan.originalEnd(c.end());
      mentions.add(c.span().fiscal()
          ? new DateMention(text, c.kind(), c.span().start(), c.span().end(),
              Optional.of(FiscalYear.of(c.span().end()).be()), from, to)
          : DateMention.spanning(text, c.kind(), c.span().start(), c.span().end(), from, to));
    }
    return List.copyOf(mentions);
  }

  private static Optional<Candidate> of(Matcher m, DateKind kind, LocalDate start, LocalDate end) {
    Span span = start == null || end == null || end.isBefore(start) ? null : new Span(start, end, false);
    return Optional.of(new Candidate(m.start(), m.end(), kind, span));
  }

  private static Optional<Candidate> date(Matcher m) {
    LocalDate d = day(m.group("d"), m.group("m"), year(m, "y", "e", m.group("m")));
    return of(m, DateKind.DATE, d, d);
  }

  private static Optional<Candidate> dayRange(Matcher m) {
    OptionalInt y = year(m, "y", "e", m.group("m"));
    return of(m, DateKind.RANGE, day(m.group("d1"), m.group("m"), y), day(m.group("d2"), m.group("m"), y));
  }

  private static Optional<Candidate> crossMonthRange(Matcher m) {
    OptionalInt y2 = year(m, "y2", "e2", m.group("m2"));
    OptionalInt y1 = m.group("y1") != null ? year(m, "y1", "e1", m.group("m1"))
        : firstYear(m.group("m1"), m.group("m2"), y2);
    return of(m, DateKind.RANGE, day(m.group("d1"), m.group("m1"), y1), day(m.group("d2"), m.group("m2"), y2));
  }

  private static Optional<Candidate> monthRange(Matcher m) {
    OptionalInt y2 = year(m, "y2", "e2", m.group("m2"));
    OptionalInt y1 = m.group("y1") != null ? year(m, "y1", "e1", m.group("m1"))
        : firstYear(m.group("m1"), m.group("m2"), y2);
    YearMonth first = yearMonth(m.group("m1"), y1);
    YearMonth last = yearMonth(m.group("m2"), y2);
    return of(m, DateKind.RANGE, first == null ? null : first.atDay(1),
        last == null ? null : last.atEndOfMonth());
  }

  private static Optional<Candidate> monthYear(Matcher m) {
    YearMonth ym = yearMonth(m.group("m"), year(m, "y", "e", m.group("m")));
    return of(m, DateKind.MONTH, ym == null ? null : ym.atDay(1), ym == null ? null : ym.atEndOfMonth());
  }

  private static Optional<Candidate> numeric(Matcher m, String n) {
    LocalDate d = numericDay(m.group("d" + n), m.group("m" + n), m.group("y" + n));
    return of(m, DateKind.DATE, d, d);
  }

  private static Optional<Candidate> numericRange(Matcher m) {
    return of(m, DateKind.RANGE, numericDay(m.group("d1"), m.group("m1"), m.group("y1")),
        numericDay(m.group("d2"), m.group("m2"), m.group("y2")));
  }

  private static Optional<Candidate> iso(Matcher m) {
    LocalDate d = numericDay(m.group("d"), m.group("m"), m.group("y"));
    return of(m, DateKind.DATE, d, d);
  }

  private static Optional<Candidate> yearPhrase(Matcher m, boolean fiscal, boolean twoDigitAllowed) {
    String marker = m.group("e") != null ? m.group("e") : groupOrNull(m, "e0");
    YearValues.Era era = YearValues.eraOf(marker);
    String y1 = m.group("y1");
    OptionalInt first = twoDigitAllowed && y1.length() == 2
        ? YearValues.toCe(y1, era, true) : YearValues.markedToCe(y1, era);
    OptionalInt last = m.group("y2") == null ? first : YearValues.markedToCe(m.group("y2"), era);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty(); // "ปี 1234" is simply not a year: nothing to block
    }
    boolean range = m.group("y2") != null;
    DateKind kind = range ? DateKind.RANGE : fiscal ? DateKind.FISCAL_YEAR : DateKind.YEAR;
    LocalDate start = fiscal ? new FiscalYear(BuddhistEra.toBe(first.getAsInt())).start()
        : LocalDate.of(first.getAsInt(), Month.JANUARY, 1);
    LocalDate end = fiscal ? new FiscalYear(BuddhistEra.toBe(last.getAsInt())).end()
        : LocalDate.of(last.getAsInt(), Month.DECEMBER, 31);
    if (end.isBefore(start)) {
      return Optional.of(new Candidate(m.start(), m.end(), kind, null));
    }
    return Optional.of(new Candidate(m.start(), m.end(), kind, new Span(start, end, fiscal && !range)));
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static OptionalInt year(Matcher m, String yearGroup, String eraGroup, String monthToken) {
    return YearValues.toCe(m.group(yearGroup), YearValues.eraOf(m.group(eraGroup)),
        ThaiMonths.isThai(monthToken));
  }

  /** The first year of "ต.ค. – มี.ค. 2568": the same as the last, or the one before if its month is later. */
  private static OptionalInt firstYear(String firstMonth, String lastMonth, OptionalInt lastYear) {
    Optional<Month> a = ThaiMonths.parse(firstMonth);
    Optional<Month> b = ThaiMonths.parse(lastMonth);
    if (lastYear.isEmpty() || a.isEmpty() || b.isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(a.get().compareTo(b.get()) > 0 ? lastYear.getAsInt() - 1 : lastYear.getAsInt());
  }

  private static YearMonth yearMonth(String monthToken, OptionalInt ce) {
    Optional<Month> month = ThaiMonths.parse(monthToken);
    return month.isEmpty() || ce.isEmpty() ? null : YearMonth.of(ce.getAsInt(), month.get());
  }

  private static LocalDate day(String dayDigits, String monthToken, OptionalInt ce) {
    YearMonth ym = yearMonth(monthToken, ce);
    return ym == null ? null : validDay(ym.getYear(), ym.getMonthValue(), Integer.parseInt(dayDigits));
  }

  private static LocalDate numericDay(String d, String m, String y) {
    OptionalInt ce = YearValues.toCe(y, null, true);
    return ce.isEmpty() ? null : validDay(ce.getAsInt(), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static LocalDate validDay(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException invalid) {
      return null; // 31 ก.พ., month 13: skipped, never thrown
    }
  }
}
