package th.oitcrawler.thai;

import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names as Thai and English pages write them: full Thai names (มกราคม … ธันวาคม, with the common
 * misspellings กรกฏาคม and กุมภาพันธ without the final mark), Thai abbreviations with or without dots
 * and a space after a dot ("มี.ค.", "มี.ค", "มีค", "มี. ค."), an optional leading "เดือน", and English
 * names and abbreviations ("January", "Jan", "Jan.", "Sept").
 */
public final class ThaiMonths {
  private static final List<String> FULL = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน",
      "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
  /** Abbreviations split at their dots: "มี.ค." is {"มี", "ค"}. */
  private static final List<String[]> ABBREVIATED = List.of(new String[] {"ม", "ค"},
      new String[] {"ก", "พ"}, new String[] {"มี", "ค"}, new String[] {"เม", "ย"},
      new String[] {"พ", "ค"}, new String[] {"มิ", "ย"}, new String[] {"ก", "ค"},
      new String[] {"ส", "ค"}, new String[] {"ก", "ย"}, new String[] {"ต", "ค"},
      new String[] {"พ", "ย"}, new String[] {"ธ", "ค"});
  private static final List<String> ENGLISH = List.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");
  private static final String THAI_CHAR = "\\u0E01-\\u0E4E";

  /** Regex (no groups) for a Thai month name; a dotless abbreviation must not run into Thai letters. */
  static final String THAI_PATTERN;
  /** Regex (no groups) for an English month name or abbreviation, not inside a Latin word. */
  static final String ENGLISH_PATTERN =
      "(?<![A-Za-z])(?:january|february|march|april|may|june|july|august|september|october|november"
          + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?(?![A-Za-z])";

  /**
   * A character class of every character a month name can start with (Thai, "เดือน", English): a
   * one-character gate that lets a pattern skip most positions before trying its long alternation.
   */
  static final String FIRST_CHARS;

  private static final Map<String, Month> BY_KEY = new HashMap<>();

  static {
    StringBuilder abbr = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      Month month = Month.of(i + 1);
      String[] parts = ABBREVIATED.get(i);
      BY_KEY.put(FULL.get(i), month);
      BY_KEY.put(parts[0] + parts[1], month);
      BY_KEY.put(ENGLISH.get(i), month);
      BY_KEY.put(ENGLISH.get(i).substring(0, 3), month);
      abbr.append(abbr.length() == 0 ? "" : "|")
          .append(parts[0]).append("(?:\\. ?)?").append(parts[1])
          .append("(?:\\.|(?![").append(THAI_CHAR).append("]))");
    }
    BY_KEY.put("กรกฏาคม", Month.JULY);
    BY_KEY.put("กุมภาพันธ", Month.FEBRUARY);
    BY_KEY.put("sept", Month.SEPTEMBER);
    // Full names may follow Thai letters ("ประจำเดือนตุลาคม"); abbreviations only after "เดือน" or a
    // non-Thai character, since two Thai consonants such as "กค" occur inside ordinary words.
    StringBuilder first = new StringBuilder("เ"); // "เดือน"
    FULL.forEach(n -> first.append(n.charAt(0)));
    ABBREVIATED.forEach(a -> first.append(a[0].charAt(0)));
    ENGLISH.forEach(n -> first.append(n.charAt(0)).append(Character.toUpperCase(n.charAt(0))));
    FIRST_CHARS = "[" + first.chars().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append) + "]";
    THAI_PATTERN = "(?:เดือน ?)?(?:กุมภาพันธ์|กุมภาพันธ|กรกฏาคม|" + String.join("|", FULL)
        + "|(?:(?<=เดือน ?)|(?<![" + THAI_CHAR + "]))(?:" + abbr + "))";
  }

  private ThaiMonths() {}

  /**
   * The month a single month token names, e.g. "มี.ค." → MARCH, "เดือนตุลาคม" → OCTOBER, "Sept." →
   * SEPTEMBER; empty for anything else. Digits and surrounding spaces are not allowed.
   */
  public static Optional<Month> parse(CharSequence token) {
    String key = ThaiText.normalize(token.toString()).toLowerCase(Locale.ROOT).replace(".", "")
        .replace(" ", "");
    if (key.startsWith("เดือน")) {
      key = key.substring("เดือน".length());
    }
    return Optional.ofNullable(BY_KEY.get(key));
  }

  /** True when {@code token} is a Thai (not English) month name. */
  static boolean isThai(CharSequence token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '\u0E01' && c <= '\u0E4E') {
        return true;
      }
    }
    return false;
  }

  /** The full Thai name, e.g. "มีนาคม". */
  public static String fullName(Month month) {
    return FULL.get(month.ordinal());
  }

  /** The dotted Thai abbreviation, e.g. "มี.ค.". */
  public static String abbreviation(Month month) {
    String[] parts = ABBREVIATED.get(month.ordinal());
    return parts[0] + "." + parts[1] + ".";
  }
}
