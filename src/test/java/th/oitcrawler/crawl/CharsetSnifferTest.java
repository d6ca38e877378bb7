package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
    private static final String THAI = "<html><head><title>เทศบาลตำบลบ้านสวน</title></head><body>ข่าวประชาสัมพันธ์</body></html>";
    private static final Charset TIS620 = Charset.forName("TIS-620");

    @Test
    void undeclaredTis620IsDetectedAsWindows874() {
        var d = CharsetSniffer.decode(THAI.getBytes(TIS620), "text/html");
        assertEquals(THAI, d.text());
        assertEquals(CharsetSniffer.WINDOWS_874, d.charset());
        assertEquals("detected", d.source());
    }

    @Test
    void undeclaredUtf8IsDetected() {
        var d = CharsetSniffer.decode(THAI.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(THAI, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void headerCharsetTis620Wins() {
        var d = CharsetSniffer.decode(THAI.getBytes(TIS620), "text/html; charset=TIS-620");
        assertEquals(THAI, d.text());
        assertEquals("header", d.source());
    }

    @Test
    void metaCharsetIsRead() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-874\">"
                + "<title>ข่าว</title></head></html>";
        var d = CharsetSniffer.decode(html.getBytes(TIS620), "text/html");
        assertEquals(html, d.text());
        assertEquals("meta", d.source());
    }

    @Test
    void utf8BomIsStripped() {
        byte[] body = ("\uFEFF" + THAI).getBytes(StandardCharsets.UTF_8);
        var d = CharsetSniffer.decode(body, "text/html; charset=tis-620");
        assertEquals(THAI, d.text());
        assertEquals("bom", d.source());
    }

    @Test
    void tis620BehindAWrongUtf8HeaderIsStillReadAsThai() {
        var d = CharsetSniffer.decode(THAI.getBytes(TIS620), "text/html; charset=utf-8");
        assertEquals(THAI, d.text());
        assertTrue(d.source().startsWith("declared utf-8"), d.source());
    }

    @Test
    void utf8CutMidCharacterStaysUtf8() {
        byte[] full = THAI.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 17); // inside a 3-byte Thai character
        var d = CharsetSniffer.decode(cut, "text/html");
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }
}
