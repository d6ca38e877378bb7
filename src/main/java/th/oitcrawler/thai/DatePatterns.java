package th.oitcrawler.thai;

import java.util.regex.Pattern;

/**
 * The regular expressions {@link ThaiDateReader} runs over {@link ScanText} (digits already ASCII,
 * whitespace runs already one space, so a gap is {@code " ?"}). Named groups: d/d1/d2 day, m/m1/m2
 * month, y/y1/y2 year, e/e1/e2 era marker before a year.
 */
final class DatePatterns {
  private static final String GAP = " ?";
  private static final String MONTH = "(?:" + ThaiMonths.THAI_PATTERN + "|" + ThaiMonths.ENGLISH_PATTERN + ")";
  /** Range separators: hyphen, en/em dash, minus, tilde, "ถึง" / "จนถึง" (optionally "ถึงวันที่"), "to". */
  static final String SEP = "(?:[-\u2010\u2011\u2012\u2013\u2014\u2212~]|(?:จน)?ถึง(?: ?วันที่)?|to)";
  private static final String ERA = "(?:พ\\.? ?ศ\\.?|ค\\.? ?ศ\\.?|B\\. ?E\\.?|A\\. ?D\\.?|BE|AD)";
  private static final String DAY_START = "(?<![\\d,.:/])(?<!\\d[.,:/] ?)";
  /*
   * Gates: a lookahead on the first character a match can consume. The engine tries every position
   * of a 4,000-character page text, and the month alternation and lookbehinds are costly there; a
   * gate rejects most positions in one character test and cannot change what matches (3x faster on
   * generated pages, where dates are read for every candidate of every item).
   */
  private static final String DIGIT_FIRST = "(?=\\d)";
  private static final String MONTH_FIRST = "(?=" + ThaiMonths.FIRST_CHARS + ")";

  private static String day(String g) {
    return DAY_START + "(?<" + g + ">0?[1-9]|[12]\\d|3[01])(?!\\d)";
  }

  private static String month(String g) {
    return "(?<" + g + ">" + MONTH + ")";
  }

  /** A year after a month: optional comma, optional era marker, 4 or 2 digits not part of a longer number. */
  private static String year(String g, String e) {
    return ",?" + GAP + "(?:(?<" + e + ">" + ERA + ")" + GAP + ")?(?<" + g
        + ">\\d{4}|\\d{2})(?!\\d)(?![.,:/]\\d)";
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** "24-27 ก.ค. 55", "วันที่ 16-17 พฤศจิกายน 2566". */
  static final Pattern DAY_RANGE = compile(DIGIT_FIRST
      + day("d1") + GAP + SEP + GAP + day("d2") + GAP + month("m") + year("y", "e"));
  /** "28 ก.พ. - 2 มี.ค. 2568", "30 ธ.ค. 67 – 2 ม.ค. 68". */
  static final Pattern CROSS_MONTH_RANGE = compile(DIGIT_FIRST + day("d1") + GAP + month("m1") + "(?:"
      + year("y1", "e1") + ")?" + GAP + SEP + GAP + day("d2") + GAP + month("m2") + year("y2", "e2"));
  /** "ต.ค. 67 – มี.ค. 68", "ตุลาคม 2561 ถึง มกราคม 2562", "ต.ค. - ธ.ค. 2567". */
  static final Pattern MONTH_RANGE = compile(MONTH_FIRST + month("m1") + "(?:" + year("y1", "e1") + ")?" + GAP + SEP
      + GAP + month("m2") + year("y2", "e2"));
  /** "15 มกราคม ๒๕๖๘", "24 ก.ค. 55", "26 เดือนกันยายน พ.ศ.2557", "15 January 2025". */
  static final Pattern DATE = compile(DIGIT_FIRST + day("d") + GAP + month("m") + year("y", "e"));
  /** "January 15, 2025". */
  static final Pattern ENGLISH_DATE = compile("(?=[A-Za-z])(?<m>" + ThaiMonths.ENGLISH_PATTERN + ")" + GAP
      + day("d") + ",?" + GAP + "(?<e>)(?<y>\\d{4})(?!\\d)"); // empty era group: same interpreter as DATE
  /** "มีนาคม 2568", "มี.ค. 68", "เดือน ตุลาคม 2561". */
  static final Pattern MONTH_YEAR = compile(MONTH_FIRST + month("m") + year("y", "e"));

  private static String numeric(String n) {
    return "(?<![\\d.,/:-])(?<d" + n + ">\\d{1,2})(?<s" + n + ">[/.-])(?<m" + n + ">\\d{1,2})\\k<s" + n
        + ">(?<y" + n + ">\\d{4})(?!\\d)(?![.,/:-]\\d)";
  }

  /** "15/01/2568", "15.1.2025", "1-10-2567": day first, 4-digit year in either era, one separator. */
  static final Pattern NUMERIC_DATE = compile(DIGIT_FIRST + numeric("1"));
  /** "1/10/2567 - 31/3/2568". */
  static final Pattern NUMERIC_RANGE = compile(DIGIT_FIRST + numeric("1") + GAP + SEP + GAP + numeric("2"));
  /** "2025-01-15" (ISO, as in feeds and datetime attributes). */
  static final Pattern ISO_DATE = compile(DIGIT_FIRST
      + "(?<![\\d.,/:-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?!\\d)(?![.,/:-]\\d)");

  private static String markedYears(String marker, boolean twoDigit) {
    String digits = twoDigit ? "\\d{4}|\\d{2}" : "\\d{4}";
    return marker + GAP + "(?:(?<e>" + ERA + ")" + GAP + ")?(?<y1>" + digits + ")(?!\\d)(?![.,:/]\\d)"
        + "(?:" + GAP + SEP + GAP + "(?<y2>\\d{4})(?!\\d)(?![.,:/]\\d))?";
  }

  /**
   * "ปีงบประมาณ พ.ศ. 2568", "ประจำปีงบประมาณ 2568", "รอบปีงบประมาณ", "ปีงบฯ 68", "ปีงบประมาณ 2566-2570";
   * also the real typos "ปีงบประมานณ" and "ปีงมประมาณ".
   */
  static final Pattern FISCAL_YEAR = compile("(?=[ปร])" + markedYears(
      "(?:ประจำ ?|รอบ ?)?ปี ?ง[บม](?: ?ประมา[ณน]+|ฯ)?", true));
  /** "ประจำปี 2568", "ประจำปี พ.ศ. 2567": read as a fiscal year (see {@link ThaiDateReader}). */
  static final Pattern ANNUAL = compile("(?=ป)" + markedYears("ประจำ ?ปี", false));
  /** "ปี 2566", "ปี พ.ศ. 2568", "พ.ศ.2561", "ค.ศ. 2025", "ปี 2565-2569". */
  static final Pattern YEAR = compile("(?=[ปพคBbAa])(?:ปี" + GAP + "(?:(?<e>" + ERA + ")" + GAP + ")?|(?<![A-Za-z])(?<e0>"
      + ERA + ")" + GAP + ")(?<y1>\\d{4})(?!\\d)(?![.,:/]\\d)(?:" + GAP + SEP + GAP
      + "(?<y2>\\d{4})(?!\\d)(?![.,:/]\\d))?");

  private DatePatterns() {}
}
