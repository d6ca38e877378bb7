package th.oitcrawler.thai;

/** Converts between Thai digits (๐–๙, U+0E50–U+0E59) and ASCII digits; other characters pass through. */
public final class ThaiDigits {
  static final char THAI_ZERO = '\u0E50';

  private ThaiDigits() {}

  /** Returns {@code text} with every Thai digit replaced by its ASCII digit. */
  public static String toAscii(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(toAscii(text.charAt(i)));
    }
    return out.toString();
  }

  /** Returns {@code text} with every ASCII digit replaced by its Thai digit. */
  public static String toThai(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
    }
    return out.toString();
  }

  static boolean isThaiDigit(char c) {
    return c >= THAI_ZERO && c <= THAI_ZERO + 9;
  }

  static char toAscii(char c) {
    return isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c;
  }
}
