package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiDateReaderTest {
  private static DateMention only(String text) {
    List<DateMention> found = ThaiDateReader.read(text);
    assertEquals(1, found.size(), () -> text + " → " + found);
    return found.get(0);
  }

  private static void assertMention(DateMention m, DateKind kind, String start, String end, Integer fy) {
    assertEquals(kind, m.kind(), m::toString);
    assertEquals(LocalDate.parse(start), m.start(), m::toString);
    assertEquals(LocalDate.parse(end), m.end(), m::toString);
    assertEquals(Optional.ofNullable(fy), m.fiscalYear(), m::toString);
  }

  @Test
  void readsDayMonthYearWithThaiDigitsAndFullMonth() {
    assertMention(only("๑๕ มกราคม ๒๕๖๘"), DateKind.DATE, "2025-01-15", "2025-01-15", 2568);
  }

  @Test
  void twoDigitYearBesideThaiMonthIsBuddhistEra() {
    assertMention(only("24 ก.ค. 55"), DateKind.DATE, "2012-07-24", "2012-07-24", 2555);
  }

  @Test
  void twoDigitYearBesideEnglishMonthIsCommonEra() {
    assertMention(only("5 Mar 25"), DateKind.DATE, "2025-03-05", "2025-03-05", 2568);
  }

  @Test
  void fourDigitYearsBelow2400AreCommonEra() {
    assertMention(only("15 January 2025"), DateKind.DATE, "2025-01-15", "2025-01-15", 2568);
    assertMention(only("มกราคม 2025"), DateKind.MONTH, "2025-01-01", "2025-01-31", 2568);
    assertMention(only("January 15, 2025"), DateKind.DATE, "2025-01-15", "2025-01-15", 2568);
  }

  @Test
  void dayRangeIsOneRangeNotTwoDates() {
    assertMention(only("24-27 ก.ค. 55"), DateKind.RANGE, "2012-07-24", "2012-07-27", 2555);
    assertMention(only("1 – 15 ต.ค. 2567"), DateKind.RANGE, "2024-10-01", "2024-10-15", 2568);
  }

  @Test
  void monthRangeAcrossYearsCoversWholeMonths() {
    assertMention(only("ต.ค. 67 – มี.ค. 68"), DateKind.RANGE, "2024-10-01", "2025-03-31", 2568);
    assertMention(only("ตุลาคม 2567 - มีนาคม 2568"), DateKind.RANGE, "2024-10-01", "2025-03-31", 2568);
  }

  @Test
  void monthRangeWithoutFirstYearStartsInThePreviousYearWhenItsMonthIsLater() {
    assertMention(only("ต.ค. - มี.ค. 2568"), DateKind.RANGE, "2024-10-01", "2025-03-31", 2568);
    assertMention(only("ม.ค. - มี.ค. 2568"), DateKind.RANGE, "2025-01-01", "2025-03-31", 2568);
  }

  @Test
  void rangeAcrossFiscalYearsHasNoFiscalYear() {
    assertMention(only("ส.ค. 67 - พ.ย. 67"), DateKind.RANGE, "2024-08-01", "2024-11-30", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"มีนาคม 2568", "มี.ค. 68", "มีค 68", "มี.ค 68", "มี. ค. 2568", "เดือนมีนาคม 2568"})
  void readsMonthYearInEveryAbbreviation(String text) {
    assertMention(only(text), DateKind.MONTH, "2025-03-01", "2025-03-31", 2568);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ปีงบประมาณ พ.ศ. 2568", "ประจำปีงบประมาณ 2568", "ปีงบประมาณ 68",
      "ประจำปี 2568", "ประจำปี พ.ศ. 2568", "รอบปีงบประมาณ พ.ศ.2568", "ปีงบฯ 2568", "ปีงบประมาณ๒๕๖๘"})
  void fiscalYearPhrasesAreOneFiscalYear(String text) {
    DateMention m = only(text);
    assertMention(m, DateKind.FISCAL_YEAR, "2024-10-01", "2025-09-30", 2568);
    assertEquals(text, m.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ปี พ.ศ. 2568", "พ.ศ. 2568", "พ.ศ.2568", "พศ. 2568", "ปี 2568", "ค.ศ. 2025"})
  void calendarYearPhrasesAreYears(String text) {
    assertMention(only(text), DateKind.YEAR, "2025-01-01", "2025-12-31", null);
  }

  @Test
  void yearPairAfterAMarkerIsARangeOfCalendarOrFiscalYears() {
    assertMention(only("ปี 2565-2569"), DateKind.RANGE, "2022-01-01", "2026-12-31", null);
    assertMention(only("ปีงบประมาณ 2566 - 2570"), DateKind.RANGE, "2022-10-01", "2027-09-30", null);
  }

  @Test
  void numericDatesAreDayFirstInEitherEra() {
    assertMention(only("15/01/2568"), DateKind.DATE, "2025-01-15", "2025-01-15", 2568);
    assertMention(only("15.1.2025"), DateKind.DATE, "2025-01-15", "2025-01-15", 2568);
    assertMention(only("1-10-2567"), DateKind.DATE, "2024-10-01", "2024-10-01", 2568);
    assertMention(only("2025-01-15"), DateKind.DATE, "2025-01-15", "2025-01-15", 2568);
    assertMention(only("1/10/2567 - 31/3/2568"), DateKind.RANGE, "2024-10-01", "2025-03-31", 2568);
  }

  @Test
  void readsDatesSplitAcrossLinesAndReportsTheOriginalText() {
    String text = "ประกาศ ณ วันที่ ๑๕\n  มกราคม\r\n\u00A0๒๕๖๘ ";
    DateMention m = only(text);
    assertMention(m, DateKind.DATE, "2025-01-15", "2025-01-15", 2568);
    assertEquals("๑๕\n  มกราคม\r\n\u00A0๒๕๖๘", m.text());
    assertEquals(m.text(), text.substring(m.startOffset(), m.endOffset()));
  }

  @Test
  void zeroWidthCharactersDoNotBreakADate() {
    String text = "15\u200B มี.\u200Bค. 2568";
    DateMention m = only(text);
    assertMention(m, DateKind.DATE, "2025-03-15", "2025-03-15", 2568);
    assertEquals(text, m.text());
  }

  @Test
  void eraMarkersBetweenMonthAndYearAreAccepted() {
    assertMention(only("26 เดือนกันยายน พ.ศ.2557"), DateKind.DATE, "2014-09-26", "2014-09-26", 2557);
    assertMention(only("13 พฤศจิกายน พ.ศ 2562"), DateKind.DATE, "2019-11-13", "2019-11-13", 2563);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31 ก.พ. 2568", "30 - 31 ก.พ. 2568", "32/01/2568", "15/13/2568",
      "18 พฤศจิกายน 253\\62"})
  void invalidDatesAreSkippedWholly(String text) {
    assertEquals(List.of(), ThaiDateReader.read(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2,568 บาท", "O25", "โทร 054-613-220", "ITA 2567", "โครงการวัยใส 2562",
      "ที่ 150/2563", "ชบ 0832.1/52", "ประจำปี 2000 บาท", "อายุ 60 ปี 25 วัน", "มีนาคม 25 คน",
      "เวลา 09.00 น.", "มติ ก.พ. ครั้งที่ 5", "ปี 1234", "2568"})
  void bareNumbersAreNotYears(String text) {
    assertEquals(List.of(), ThaiDateReader.read(text), text);
  }

  @Test
  void mentionsComeInTextOrderWithoutOverlap() {
    String text = "รายงานผล ประจำปีงบประมาณ พ.ศ. 2565 รอบ 6 เดือน (ต.ค.64 - มี.ค.65) ลงวันที่ 5 เม.ย. 2565";
    List<DateMention> found = ThaiDateReader.read(text);
    assertEquals(3, found.size(), found::toString);
    assertMention(found.get(0), DateKind.FISCAL_YEAR, "2021-10-01", "2022-09-30", 2565);
    assertMention(found.get(1), DateKind.RANGE, "2021-10-01", "2022-03-31", 2565);
    assertMention(found.get(2), DateKind.DATE, "2022-04-05", "2022-04-05", 2565);
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).endOffset() <= found.get(i).startOffset());
    }
  }

  @Test
  void nullAndEmptyReadAsNothing() {
    assertEquals(List.of(), ThaiDateReader.read(null));
    assertEquals(List.of(), ThaiDateReader.read(""));
  }
}
