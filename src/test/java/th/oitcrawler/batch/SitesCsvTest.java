package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitesCsvTest {
    @TempDir
    Path tmp;

    private final List<SiteRow> rows = new ArrayList<>();
    private final List<String> bad = new ArrayList<>();

    private void read(byte[] content) throws IOException {
        Path f = tmp.resolve("sites.csv");
        Files.write(f, content);
        SitesCsv.read(f, rows::add, b -> bad.add(b.toString()));
    }

    @Test
    void readsQuotedThaiRowsAfterABomAndReportsBadRowsByLine() throws IOException {
        read(("\uFEFFid,name,province,homepage\n"
                + "5501,\"เทศบาลตำบล ก, ข\",เชียงใหม่,www.example.go.th\n"
                + "\n"
                + "5502,\"อบต. \"\"ค\"\"\",ลำปาง,https://abt.example.go.th/index.php\r\n"
                + "5503,ชื่อ,จังหวัด\n"
                + ",ไม่มีรหัส,จังหวัด,http://x.go.th/\n"
                + "5504,\"เปิดค้าง,จังหวัด,http://x.go.th/\n"
                + "5505,ชื่อ,จังหวัด,mailto:a@b.go.th\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(2, rows.size());
        assertEquals(new SiteRow("5501", "เทศบาลตำบล ก, ข", "เชียงใหม่", java.net.URI.create("http://www.example.go.th"), 2),
                rows.get(0));
        assertEquals("อบต. \"ค\"", rows.get(1).name());
        assertEquals(4, rows.get(1).line());
        assertEquals(List.of(
                "line 5: expected 4 fields id,name,province,homepage but found 3",
                "line 6: empty id",
                "line 7: unbalanced quotes",
                "line 8: site 5505: homepage is not an http(s) URL: \"mailto:a@b.go.th\""), bad);
    }

    @Test
    void headerWithoutBomAndInAnyCaseIsAccepted() throws IOException {
        read("ID, Name ,Province,HOMEPAGE\n1,ก,ข,http://a.go.th/\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, rows.size());
    }

    @Test
    void wrongHeaderOrNotUtf8FailsNamingTheFile() {
        IOException header = assertThrows(IOException.class, () -> read("item,url\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(header.getMessage().endsWith("sites.csv:1: header must be \"id,name,province,homepage\""), header.getMessage());
        byte[] tis620 = {'i', 'd', ',', 'n', 'a', 'm', 'e', ',', 'p', 'r', 'o', 'v', 'i', 'n', 'c', 'e', ',', 'h', 'o', 'm', 'e',
            'p', 'a', 'g', 'e', '\n', '1', ',', (byte) 0xE0, (byte) 0xB7, ',', 'x', ',', 'h', 't', 't', 'p', ':', '/', '/', 'a', '/', '\n'};
        IOException encoding = assertThrows(IOException.class, () -> read(tis620));
        assertTrue(encoding.getMessage().endsWith("not UTF-8 text (save the list as CSV UTF-8)"), encoding.getMessage());
    }
}
