package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThaiTextTest {
  @Test
  void normalizeCollapsesWhitespaceAndNbspAndTrims() {
    assertEquals("แผน ดำเนินงาน 2568", ThaiText.normalize("  แผน\u00A0\u00A0ดำเนินงาน\n\t ๒๕๖๘ "));
  }

  @Test
  void normalizeRemovesZeroWidthCharactersAndSoftHyphens() {
    assertEquals("โครงสร้าง", ThaiText.normalize("โครง\u200Bสร้\u00ADาง\uFEFF\u2060\u200C\u200D"));
  }

  @Test
  void normalizeFoldsNikhahitPlusSaraAaIntoSaraAm() {
    assertEquals("ประจำปี", ThaiText.normalize("ประจ\u0E4D\u0E32ปี"));
  }

  @Test
  void normalizeComposesToNfc() {
    assertEquals("é", ThaiText.normalize("e\u0301"));
  }

  @Test
  void foldForMatchIgnoresCaseAndAllSpaces() {
    assertEquals(ThaiText.foldForMatch("OIT แผนดำเนินงาน"), ThaiText.foldForMatch("o i t  แผน ดำเนิน\u200Bงาน"));
    assertEquals("oit1แผน", ThaiText.foldForMatch(" OIT ๑ แผน "));
  }

  @Test
  void foldForMatchDropsSeparatingPunctuation() {
    assertEquals(ThaiText.foldForMatch("ร้องเรียนร้องทุกข์"), ThaiText.foldForMatch("ร้องเรียน/ร้องทุกข์"));
    assertEquals(ThaiText.foldForMatch("E-Service"), ThaiText.foldForMatch("E–Service"));
    assertEquals("สขร1", ThaiText.foldForMatch("(สขร.๑)"));
  }
}
