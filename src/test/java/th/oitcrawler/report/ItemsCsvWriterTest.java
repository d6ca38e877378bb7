package th.oitcrawler.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ItemsCsvWriterTest {
    private static byte[] csv(Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ItemsCsvWriter.write(SampleReports.sample(), lang, out);
        return out.toByteArray();
    }

    @Test
    void startsWithBomThenHeader() throws IOException {
        byte[] b = csv(Lang.TH);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("item,title,verdict,score,evidence_url,click_path,reasons\r\n"));
    }

    @Test
    void thaiRowsRoundTripWithClickPathOfAnchors() throws IOException {
        String text = new String(csv(Lang.TH), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nO1,โครงสร้างและอำนาจหน้าที่,PASS,100," + SampleReports.O1_PDF
                + ",ITA 2568 › O1 โครงสร้างหน่วยงาน,\r\n"), text);
    }

    @Test
    void quotesCommasQuotesAndNewlines() throws IOException {
        String text = new String(csv(Lang.TH), StandardCharsets.UTF_8);
        String reasons = "ไม่มีลิงก์จากหน้าแรก — วิธีแก้: เพิ่มลิงก์ในเมนู ITA\n" + SampleReports.TRICKY_REASON;
        assertTrue(text.contains(",\"" + reasons.replace("\"", "\"\"") + "\"\r\n"), text);
        assertEquals("\"a,b\"", ItemsCsvWriter.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ItemsCsvWriter.cell("say \"hi\""));
        assertEquals("\"a\r\nb\"", ItemsCsvWriter.cell("a\r\nb"));
        assertEquals("plain", ItemsCsvWriter.cell("plain"));
    }

    @Test
    void siteTextCannotBecomeASpreadsheetFormula() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ItemsCsvWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", ItemsCsvWriter.cell("@SUM(A1)"));
        assertEquals("'-1", ItemsCsvWriter.cell("-1"));
    }
}
