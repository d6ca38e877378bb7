package th.oitcrawler.thai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds OIT item codes as sites write them: "O1", "o1", "O๑", "O 1", "O.1", "O-1", "ข้อ O1", "OIT 1",
 * "OIT1", "o01"; all canonicalise to "O1" (numbers 1–99).
 *
 * <p>A code is not read inside a Latin word or number ("MOIT1" is the Ministry of Public Health's own
 * framework, "ISO 9001", "COVID-19", "2O1"), nor in a URL- or file-like token: preceded by one of
 * {@code / \ = & ? # % . @ _} or followed by a Latin letter, digit, or {@code . / \} plus a letter or
 * digit ("ita/o1.pdf", "O1.2"). Thai letters may touch it ("ข้อO1", "O1โครงสร้าง").
 */
public final class ItemCodes {
  private static final String CODE = "(?:OIT|O)(?: ?[.\\-] ?| )?0?(?<n>[1-9]\\d?)";
  /** "O21.pdf" names O21 (a file name); "O1.5" or "O1/x" do not. */
  private static final String NOT_EXTENSION = "(?!(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|html?)(?![A-Za-z0-9]))";
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?<![A-Za-z0-9_/\\\\=&?#%.@])" + CODE + "(?![A-Za-z0-9_])(?![./\\\\]" + NOT_EXTENSION + "[A-Za-z0-9])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WHOLE_TOKEN = Pattern.compile(
      "(?:ข้อ ?)?" + CODE, Pattern.CASE_INSENSITIVE);

  private ItemCodes() {}

  /** Every code in {@code text}, in text order; offsets refer to {@code text} as given. */
  public static List<ItemCodeMention> find(String text) {
    ScanText scan = ScanText.of(text);
    Matcher m = IN_TEXT.matcher(scan.text());
    List<ItemCodeMention> found = new ArrayList<>();
    while (m.find()) {
      found.add(new ItemCodeMention("O" + Integer.parseInt(m.group("n")),
          scan.originalStart(m.start()), scan.originalEnd(m.end())));
    }
    return List.copyOf(found);
  }

  /**
   * The canonical code when the whole token (trimmed, optionally prefixed "ข้อ") is one code: "OIT 1" →
   * "O1", "ข้อ O๑" → "O1"; empty for anything else ("MOIT1", "O1 โครงสร้าง", "").
   */
  public static Optional<String> normalize(String token) {
    Matcher m = WHOLE_TOKEN.matcher(ThaiText.normalize(token));
    return m.matches() ? Optional.of("O" + Integer.parseInt(m.group("n"))) : Optional.empty();
  }
}
