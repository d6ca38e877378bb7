package th.oitcrawler.thai;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist-era year: FY พ.ศ. {@code be} runs
 * from 1 October of CE {@code be − 544} to 30 September of CE {@code be − 543}; FY 2568 is 2024-10-01 …
 * 2025-09-30. The ITA of year Y checks content of FY Y (or Y−1 for annual results reports).
 *
 * @param be the fiscal year in the Buddhist era, e.g. 2568
 */
public record FiscalYear(int be) {

  /** The fiscal year that contains {@code date}. */
  public static FiscalYear of(LocalDate date) {
    int ce = date.getYear();
    return new FiscalYear(BuddhistEra.toBe(date.getMonthValue() >= 10 ? ce + 1 : ce));
  }

  /** 1 October of the previous CE year, inclusive. */
  public LocalDate start() {
    return LocalDate.of(BuddhistEra.toCe(be) - 1, Month.OCTOBER, 1);
  }

  /** 30 September, inclusive. */
  public LocalDate end() {
    return LocalDate.of(BuddhistEra.toCe(be), Month.SEPTEMBER, 30);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  public FiscalYear previous() {
    return new FiscalYear(be - 1);
  }

  public FiscalYear next() {
    return new FiscalYear(be + 1);
  }
}
