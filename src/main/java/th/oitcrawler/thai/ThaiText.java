package th.oitcrawler.thai;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises Thai page text so that the same words written differently compare equal. */
public final class ThaiText {
  /** Spaces and the punctuation sites put between words: slashes, dashes, dots, brackets, quotes. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s/\\\\\\-\u2010-\u2015_.,:;()\\[\\]{}\"'\u201c\u201d\u2018\u2019]+");

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
   * {@link #normalize} then lower-case (root locale) and all spaces and separating punctuation removed,
   * for keyword matching: Thai sites space words irregularly ("แผน ดำเนินงาน" vs "แผนดำเนินงาน").
   */
  public static String foldForMatch(String text) {
    // Separators vary between a checklist and a site ("ร้องเรียน/ร้องทุกข์", "e-GP", "สขร.๑"): they carry no meaning here.
    return SEPARATORS.matcher(normalize(text).toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
