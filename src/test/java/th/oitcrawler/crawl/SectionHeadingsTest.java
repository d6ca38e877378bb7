package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SectionHeadingsTest {
    private final LinkExtractor extractor = new LinkExtractor(new UrlNormalizer());

    private Map<String, String> sections(String html) {
        return extractor.extract(Jsoup.parse(html, "http://a.go.th/p.html")).stream()
                .collect(Collectors.toMap(l -> l.url().substring(l.url().lastIndexOf('/') + 1), ExtractedLink::section));
    }

    @Test
    void boldLabelAboveATableNamesItsLinks() {
        Map<String, String> s = sections("""
                <h3>ข่าวจัดซื้อจัดจ้าง</h3>
                <p><b>ประกาศจัดซื้อจัดจ้าง</b></p>
                <table><tr><td>๑๘/๐๕/๒๕๖๓</td><td>ประกาศผู้ชนะ</td><td><a href="a.pdf">คลิก</a></td></tr></table>
                <p><b>สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือน (สขร.๑)</b></p>
                <ul><li>เดือนตุลาคม ๒๕๖๒ <a href="b.pdf">คลิก</a></li></ul>
                <p><b>รายงานผลการจัดซื้อจัดจ้าง ๒๕๖๒</b> <a href="c.pdf">คลิก</a></p>
                <p>ระบบ e-GP <a href="d.html">คลิก</a></p>""");
        assertEquals("ประกาศจัดซื้อจัดจ้าง", s.get("a.pdf"));
        assertEquals("สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือน (สขร.๑)", s.get("b.pdf"));
        assertEquals("", s.get("c.pdf"), "a link on the labelled line itself: the row names it");
        assertEquals("", s.get("d.html"), "the labelled line with its own link ends the section above");
    }

    @Test
    void realHeadingsCountAndMenusDoNot() {
        Map<String, String> s = sections("""
                <nav><a href="menu.html">หน้าแรก</a></nav>
                <div><h2>ข่าวประชาสัมพันธ์</h2><div class="list"><a href="n1.html">อ่านต่อ</a></div></div>""");
        assertEquals("ข่าวประชาสัมพันธ์", s.get("n1.html"));
        assertEquals("", s.get("menu.html"));
    }
}
