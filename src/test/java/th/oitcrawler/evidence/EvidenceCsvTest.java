package th.oitcrawler.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCsvTest {
    private static final Set<String> CODES = Set.of("O1", "O2", "O23");

    @TempDir
    Path tmp;

    @Test
    void readsAThaiExcelCsvInWindows874() throws IOException {
        Path f = tmp.resolve("plan.csv");
        Files.write(f, "item,url\r\nข้อ O1,http://a.go.th/โครงสร้าง.html\r\n".getBytes(Charset.forName("x-windows-874")));
        EvidenceCsv.Parsed p = EvidenceCsv.read(f, CODES);
        assertEquals(1, p.rows().size(), p.errors().toString());
        assertEquals("O1", p.rows().get(0).item());
        assertEquals("http://a.go.th/โครงสร้าง.html", p.rows().get(0).url());
    }

    @Test
    void bomQuotesEmptyLinesAndDuplicatesAndBadRowsByLine() throws IOException {
        Path f = tmp.resolve("plan.csv");
        Files.writeString(f, "\uFEFFitem,url\n\n\"O2\",\"http://a.go.th/x?a=1,2\"\nO2,http://a.go.th/x?a=1,2\nO9,http://a.go.th/\nO1,ftp://a\n",
                StandardCharsets.UTF_8);
        EvidenceCsv.Parsed p = EvidenceCsv.read(f, CODES);
        assertEquals(1, p.rows().size(), "the duplicate row is checked once");
        assertEquals("http://a.go.th/x?a=1,2", p.rows().get(0).url());
        assertEquals(2, p.errors().size());
        assertTrue(p.errors().get(0).endsWith(":5: unknown item \"O9\" for this checklist"), p.errors().get(0));
        assertTrue(p.errors().get(1).contains(":6: not an http(s) URL"), p.errors().get(1));
    }

    @Test
    void aBinaryFileIsRefusedWithAPlainMessage() throws IOException {
        Path f = tmp.resolve("plan.xlsx");
        Files.write(f, new byte[] {0x50, 0x4B, 0x03, 0x04, (byte) 0x81, (byte) 0xFF, (byte) 0xFE, 0});
        IOException e = assertThrows(IOException.class, () -> EvidenceCsv.read(f, CODES));
        assertTrue(e.getMessage().contains("CSV UTF-8"), e.getMessage());
    }
}
