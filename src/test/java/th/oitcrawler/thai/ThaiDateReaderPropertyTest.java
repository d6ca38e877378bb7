package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 6 property tests with jqwik (shrinking finds the smallest failing text): the date reader
 * never throws, and every mention it returns is a real, ordered span of the input.
 */
class ThaiDateReaderPropertyTest {
    @Property(tries = 2000)
    void neverThrowsOnAnyString(@ForAll String text) {
        check(text);
    }

    @Property(tries = 3000)
    void spansAreExactAndOrderedOnDateShapedText(@ForAll("dateish") String text) {
        check(text);
    }

    private static void check(String text) {
        List<DateMention> found = ThaiDateReader.read(text);
        int lastEnd = 0;
        for (DateMention m : found) {
            assertEquals(m.text(), text.substring(m.startOffset(), m.endOffset()));
            assertTrue(m.startOffset() >= lastEnd);
            assertTrue(!m.end().isBefore(m.start()), m.toString());
            lastEnd = m.endOffset();
        }
    }

    @Provide
    Arbitrary<String> dateish() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("๑", "๒", "๕", "๖", "๘", "๙", "๐", "0", "1", "2", "9", "29", "30", "31", "32", "00", "2567",
                        "2568", "2400", "9999", "68", "ก.พ.", "กุมภาพันธ์", "ม.ค.", "มี.ค.", "ต.ค.", "ธ.ค.", "เม.ย.",
                        "ปี", "พ.ศ.", "พ.ศ", "ค.ศ.", "ปีงบประมาณ", "ประจำปี", "ไตรมาส", "เดือน", "Feb", "February",
                        "-", "–", "/", ".", " ", "ถึง", "\u200B", "\uFEFF", "\uD800"),
                Arbitraries.integers().between(0, 99999).map(String::valueOf));
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
