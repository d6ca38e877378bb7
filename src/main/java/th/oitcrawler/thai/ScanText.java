package th.oitcrawler.thai;

/**
 * A normalised copy of a string that remembers where each of its characters came from, so readers can
 * match on clean text yet report offsets and substrings of the caller's original.
 *
 * <p>Normalisation: Thai digits become ASCII; zero-width characters (U+200B/C/D, U+2060, U+FEFF) and
 * soft hyphens (U+00AD) vanish; every whitespace run (NBSP and line breaks included) becomes one space;
 * "ํา" (nikhahit + sara aa, as PDF text extraction often writes it) becomes "ำ" so "ประจำปี" matches.
 */
final class ScanText {
  private final String original;
  private final String text;
  private final int[] startOf;
  private final int[] endOf;

  private ScanText(String original, String text, int[] startOf, int[] endOf) {
    this.original = original;
    this.text = text;
    this.startOf = startOf;
    this.endOf = endOf;
  }

  static ScanText of(String original) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      int len = out.length();
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (len > 0 && out.charAt(len - 1) == ' ') {
          ends[len - 1] = i + 1; // widen the previous space over this run
          continue;
        }
        c = ' ';
      } else if (c == '\u0E4D' && i + 1 < n && original.charAt(i + 1) == '\u0E32') {
        starts[len] = i;
        ends[len] = i + 2;
        out.append('\u0E33');
        i++;
        continue;
      }
      starts[len] = i;
      ends[len] = i + 1;
      out.append(ThaiDigits.toAscii(c));
    }
    return new ScanText(original, out.toString(), starts, ends);
  }

  static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
        || c == '\u00AD';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The normalised text that patterns run on. */
  String text() {
    return text;
  }

  /** Offset in the original of the scan character at {@code scanStart}. */
  int originalStart(int scanStart) {
    return startOf[scanStart];
  }

  /** Exclusive end offset in the original of the scan range ending (exclusive) at {@code scanEnd}. */
  int originalEnd(int scanEnd) {
    return endOf[scanEnd - 1];
  }

  String originalSlice(int scanStart, int scanEnd) {
    return original.substring(originalStart(scanStart), originalEnd(scanEnd));
  }
}
