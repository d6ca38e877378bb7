package th.oitcrawler.thai;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date, month, range or year read from text.
 *
 * @param text the exact substring of the input it was read from
 * @param kind what the text names
 * @param start first day covered (inclusive, ISO/Gregorian calendar)
 * @param end last day covered (inclusive); equal to {@code start} for a {@link DateKind#DATE}
 * @param fiscalYear the Buddhist-era fiscal year when the whole span lies in one; always present for
 *     {@link DateKind#FISCAL_YEAR}
 * @param startOffset offset of {@code text} in the input (UTF-16 units)
 * @param endOffset exclusive end offset of {@code text} in the input
 */
public record DateMention(String text, DateKind kind, LocalDate start, LocalDate end,
    Optional<Integer> fiscalYear, int startOffset, int endOffset) {

  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start + " for " + text);
    }
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset);
    }
  }

  /** A mention whose fiscal year is derived from its span: present when start and end share one. */
  static DateMention spanning(String text, DateKind kind, LocalDate start, LocalDate end,
      int startOffset, int endOffset) {
    FiscalYear first = FiscalYear.of(start);
    Optional<Integer> fy = first.equals(FiscalYear.of(end)) ? Optional.of(first.be()) : Optional.empty();
    return new DateMention(text, kind, start, end, fy, startOffset, endOffset);
  }
}
