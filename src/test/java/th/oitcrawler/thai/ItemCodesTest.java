package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemCodesTest {
  private static List<String> codes(String text) {
    return ItemCodes.find(text).stream().map(ItemCodeMention::code).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"O1", "o1", "O๑", "O 1", "O.1", "O-1", "O. 1", "ข้อ O1", "ข้อO1", "OIT 1",
      "OIT1", "oit 1", "o01", "O1โครงสร้างหน่วยงาน", "(O1)", "O1."})
  void readsCodesAsSitesWriteThem(String text) {
    assertEquals(List.of("O1"), codes(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MOIT1", "MOIT 8", "ISO 9001", "COVID-19", "2O1", "OIT 2565", "O2568",
      "https://x.go.th/ita/o1.pdf", "www.o1.com", "O1.2", "NO 1", "PHOTO1", "O0", "O100", "FOO-1"})
  void ignoresLookalikes(String text) {
    assertEquals(List.of(), codes(text), text);
  }

  @Test
  void reportsOffsetsOfTheCodeInTheOriginalText() {
    String text = "ข้อ\u200B OIT ๑๒ โครงสร้าง และ O25";
    List<ItemCodeMention> found = ItemCodes.find(text);
    assertEquals(2, found.size());
    assertEquals("O12", found.get(0).code());
    assertEquals("OIT ๑๒", text.substring(found.get(0).start(), found.get(0).end()));
    assertEquals("O25", text.substring(found.get(1).start(), found.get(1).end()));
  }

  @Test
  void aFileNameNamesItsCodeButADecimalDoesNot() {
    assertEquals(List.of("O21"), codes("เอกสารแนบ O21.pdf"));
    assertEquals(List.of("O7"), codes("O7.docx - Google ไดรฟ์"));
    assertEquals(List.of(), codes("O1.5"));
  }

  @Test
  void findsEveryCodeOfARangeAndARealIndexRow() {
    assertEquals(List.of("O1", "O5"), codes("O1-O5"));
    assertEquals(List.of("O10"), codes("<td>OIT 10</td><td>การดำเนินงานตามแผน</td>"));
  }

  @ParameterizedTest
  @CsvSource({"O1,O1", "' oit 01 ',O1", "ข้อ O๔๓,O43", "O-25,O25", "OIT1,O1"})
  void normalizeCanonicalisesAWholeToken(String token, String expected) {
    assertEquals(Optional.of(expected), ItemCodes.normalize(token));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MOIT1", "O1 โครงสร้าง", "", "O", "1", "EB1"})
  void normalizeRejectsAnythingButOneCode(String token) {
    assertTrue(ItemCodes.normalize(token).isEmpty(), token);
  }
}
