package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiMonthsTest {
  @ParameterizedTest
  @CsvSource({"มกราคม,JANUARY", "ม.ค.,JANUARY", "มค,JANUARY", "ก.พ.,FEBRUARY", "กุมภาพันธ์,FEBRUARY",
      "กุมภาพันธ,FEBRUARY", "มี.ค.,MARCH", "มีค,MARCH", "มี.ค,MARCH", "มี. ค.,MARCH", "เม.ย.,APRIL",
      "พ.ค.,MAY", "มิ.ย.,JUNE", "กรกฎาคม,JULY", "กรกฏาคม,JULY", "ส.ค.,AUGUST", "ก.ย.,SEPTEMBER",
      "เดือนตุลาคม,OCTOBER", "ต.ค.,OCTOBER", "พ.ย.,NOVEMBER", "พฤศจิกายน,NOVEMBER", "ธ.ค.,DECEMBER",
      "January,JANUARY", "jan.,JANUARY", "Sept,SEPTEMBER", "sep,SEPTEMBER", "DEC,DECEMBER",
      "May,MAY"})
  void parsesEveryWrittenForm(String token, Month expected) {
    assertEquals(Optional.of(expected), ThaiMonths.parse(token));
  }

  @ParameterizedTest
  @CsvSource({"พ.ศ.", "ปี", "มีนา2568", "Janu", "13", "''"})
  void rejectsNonMonths(String token) {
    assertTrue(ThaiMonths.parse(token).isEmpty(), token);
  }

  @Test
  void namesRoundTripThroughParse() {
    for (Month m : Month.values()) {
      assertEquals(Optional.of(m), ThaiMonths.parse(ThaiMonths.fullName(m)));
      assertEquals(Optional.of(m), ThaiMonths.parse(ThaiMonths.abbreviation(m)));
    }
    assertEquals("มี.ค.", ThaiMonths.abbreviation(Month.MARCH));
  }
}
