package th.oitcrawler.thai;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises Thai page text so that the same words written differently compare equal. */
public final class ThaiText {
  private ThaiText() {}

  /**
   * NFC, Thai digits to ASCII, zero-width characters and soft hyphens removed, every whitespace run
   * (NBSP and line breaks included) to one space, trimmed. Also folds "ํา" (nikhahit + sara aa, common in
   * text extracted from PDFs) into "ำ", which NFC does not do.
   *
   * @param text non-null
   */
  public static String normalize(String text) {
    return ScanText.of(Normalizer.normalize(text, Normalizer.Form.NFC)).text().trim();
  }

  /**
   * {@link #normalize} then lower-case (root locale) and all spaces removed, for keyword matching:
   * Thai sites space words irregularly ("แผน ดำเนินงาน" vs "แผนดำเนินงาน").
   */
  public static String foldForMatch(String text) {
    return normalize(text).toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
