package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random strings built from the pieces dates are made of: no exception, and consistent offsets. */
class ThaiDateReaderFuzzTest {
  private static final String[] PIECES = {"๑", "๒", "๕", "๖", "๘", "0", "1", "2", "3", "5", "9",
      "31", "2568", "68", "55", "ก.พ.", "ม.ค", "มีค", "ต.ค.", "มีนาคม", "เดือน", "ปี", "ประจำปี",
      "ปีงบประมาณ", "งบ", "พ.ศ.", "พศ", "ค.ศ.", "Jan", "May", "September", "O", "OIT", "MOIT", " ", "  ",
      "\n", "\u00A0", "\u200B", "\u00AD", "\uFEFF", "-", "–", "ถึง", "/", ".", ",", "\\", "ํ", "า", "ฯ",
      "\uD83D\uDE00", "\uD800", "\u0000", "(", ")", "บาท", "จน", "to"};

  @Test
  void neverThrowsAndOffsetsAlwaysPointAtTheText() {
    Random random = new Random(20250630L); // fixed seed: a failure can be replayed
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(14);
      for (int i = 0; i < parts; i++) {
        text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
            : PIECES[random.nextInt(PIECES.length)]);
      }
      String input = text.toString();
      List<DateMention> found = assertDoesNotThrow(() -> ThaiDateReader.read(input), input);
      int lastEnd = 0;
      for (DateMention m : found) {
        assertEquals(m.text(), input.substring(m.startOffset(), m.endOffset()), input);
        assertTrue(m.startOffset() >= lastEnd, input);
        assertTrue(!m.end().isBefore(m.start()), input);
        lastEnd = m.endOffset();
      }
      assertDoesNotThrow(() -> ItemCodes.find(input), input);
      assertDoesNotThrow(() -> ThaiText.foldForMatch(input), input);
    }
  }

  @Test
  void longPagesDoNotOverflowTheStack() {
    String page = "ประจำปีงบประมาณ พ.ศ. 2568 ".repeat(20_000) + "ปี".repeat(50_000) + "-".repeat(50_000);
    assertEquals(20_000, ThaiDateReader.read(page).size());
  }
}
