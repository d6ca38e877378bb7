package th.oitcrawler.thai;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Turns the digits of a written year into a CE year, applying the era rules documented on {@link
 * ThaiDateReader}. Empty means "not a plausible year here", never an error.
 */
final class YearValues {
  static final int MIN_CE = 1900;
  static final int MAX_CE = 2399;
  static final int MIN_BE = 2400;
  static final int MAX_BE = 2799;

  private YearValues() {}

  /** Era implied by a marker such as "พ.ศ." or "ค.ศ."; null when there is no marker. */
  enum Era { BE, CE }

  static Era eraOf(String marker) {
    if (marker == null || marker.isBlank()) {
      return null;
    }
    String m = marker.toLowerCase(Locale.ROOT);
    return m.startsWith("พ") || m.startsWith("b") ? Era.BE : Era.CE;
  }

  /**
   * A 4-digit year: ≥ 2400 is BE, below is CE, whatever the marker says (the number is harder to get
   * wrong than the marker). A 2-digit year takes the marker's era, else BE beside a Thai month and CE
   * beside an English one; BE two-digit years are 40–99 (2540–2599) and CE ones 00–69 (2000–2069), the
   * years municipal websites have existed, so "มีนาคม 25 คน" is not March 2525.
   */
  static OptionalInt toCe(String digits, Era marker, boolean thaiContext) {
    if (digits.length() == 4) {
      int v = Integer.parseInt(digits);
      if (v >= MIN_BE && v <= MAX_BE) {
        return OptionalInt.of(BuddhistEra.toCe(v));
      }
      return v >= MIN_CE && v <= MAX_CE ? OptionalInt.of(v) : OptionalInt.empty();
    }
    if (digits.length() != 2) {
      return OptionalInt.empty();
    }
    int v = Integer.parseInt(digits);
    Era era = marker != null ? marker : thaiContext ? Era.BE : Era.CE;
    if (era == Era.BE) {
      return v >= 40 ? OptionalInt.of(BuddhistEra.toCe(2500 + v)) : OptionalInt.empty();
    }
    return v <= 69 ? OptionalInt.of(2000 + v) : OptionalInt.empty();
  }

  /**
   * A year after a word marker (ปี, ประจำปี, พ.ศ.) without a month: only Buddhist-era 4-digit years,
   * unless the marker is ค.ศ./A.D., so "ประจำปี 2000 บาท" is not the year 2000.
   */
  static OptionalInt markedToCe(String digits, Era marker) {
    if (digits.length() != 4) {
      return OptionalInt.empty();
    }
    int v = Integer.parseInt(digits);
    if (marker == Era.CE) {
      return v >= MIN_CE && v <= MAX_CE ? OptionalInt.of(v) : OptionalInt.empty();
    }
    return v >= MIN_BE && v <= MAX_BE ? OptionalInt.of(BuddhistEra.toCe(v)) : OptionalInt.empty();
  }
}
