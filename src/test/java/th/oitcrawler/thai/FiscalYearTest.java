package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {
  @Test
  void fiscalYear2568RunsFromOctober2024ToSeptember2025() {
    FiscalYear fy = new FiscalYear(2568);
    assertEquals(LocalDate.of(2024, 10, 1), fy.start());
    assertEquals(LocalDate.of(2025, 9, 30), fy.end());
  }

  @Test
  void octoberStartsTheNextFiscalYear() {
    assertEquals(new FiscalYear(2568), FiscalYear.of(LocalDate.of(2024, 10, 1)));
    assertEquals(new FiscalYear(2567), FiscalYear.of(LocalDate.of(2024, 9, 30)));
    assertEquals(new FiscalYear(2568), FiscalYear.of(LocalDate.of(2025, 6, 30)));
    assertEquals(new FiscalYear(2569), FiscalYear.of(LocalDate.of(2025, 12, 31)));
  }

  @Test
  void containsIsInclusiveAtBothEnds() {
    FiscalYear fy = new FiscalYear(2568);
    assertTrue(fy.contains(LocalDate.of(2024, 10, 1)));
    assertTrue(fy.contains(LocalDate.of(2025, 9, 30)));
    assertFalse(fy.contains(LocalDate.of(2024, 9, 30)));
    assertFalse(fy.contains(LocalDate.of(2025, 10, 1)));
  }

  @Test
  void previousAndNextAreAdjacentYears() {
    FiscalYear fy = new FiscalYear(2568);
    assertEquals(2567, fy.previous().be());
    assertEquals(2569, fy.next().be());
    assertEquals(fy.start().minusDays(1), fy.previous().end());
    assertEquals(fy.end().plusDays(1), fy.next().start());
  }

  @Test
  void everyDayOfAFiscalYearMapsBackToIt() {
    // FY 2567 contains 29 February 2024, FY 2564 a common year.
    for (FiscalYear y : new FiscalYear[] {new FiscalYear(2564), new FiscalYear(2567)}) {
      for (LocalDate d = y.start(); !d.isAfter(y.end()); d = d.plusDays(1)) {
        assertEquals(y, FiscalYear.of(d), d.toString());
      }
    }
  }
}
