package th.oitcrawler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckSummaryTextTest {
    private static List<String> lines(Lang lang) {
        StringWriter s = new StringWriter();
        CheckSummaryText.print(SampleReports.sample(), lang, new PrintWriter(s));
        return s.toString().lines().toList();
    }

    @Test
    void oneLinePerItemThenCountsAndScore() {
        List<String> l = lines(Lang.TH);
        assertEquals(6, l.size());
        assertEquals("O1   PASS           โครงสร้างและอำนาจหน้าที่", l.get(0));
        assertEquals("O2   NOT_REACHABLE  ข้อมูลผู้บริหาร — ไม่มีลิงก์จากหน้าแรก", l.get(1));
        assertEquals("ผ่าน 1, ไม่มีลิงก์จากหน้าแรก 1, ข้อมูลไม่เป็นปัจจุบัน 1, ไม่พบข้อมูล 1", l.get(4));
        assertEquals("คะแนนรวม 25/100 (ค่าเฉลี่ยอย่างง่ายของคะแนนรายข้อ)", l.get(5));
    }

    @Test
    void englishUsesEnglishTitlesAndReasons() {
        List<String> l = lines(Lang.EN);
        assertEquals("O3   NOT_FOUND      Contact information — nothing found", l.get(2));
        assertEquals("overall score 25/100 (plain mean of item scores)", l.get(5));
    }

    @Test
    void siteControlCharactersCannotReachTheTerminal() {
        assertEquals("a [31m b", CheckSummaryText.printable("a\u001b[31m\nb"));
    }
}
