package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThaiDigitsTest {
  @Test
  void thaiDigitsBecomeAsciiAndOtherCharactersStay() {
    assertEquals("15 มกราคม 2568", ThaiDigits.toAscii("๑๕ มกราคม ๒๕๖๘"));
    assertEquals("0123456789", ThaiDigits.toAscii("๐๑๒๓๔๕๖๗๘๙"));
  }

  @Test
  void asciiDigitsBecomeThaiAndRoundTrip() {
    assertEquals("ปี ๒๕๖๘", ThaiDigits.toThai("ปี 2568"));
    assertEquals("O1 2568", ThaiDigits.toAscii(ThaiDigits.toThai("O1 2568")));
  }
}
