package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import th.oitcrawler.graph.LinkKind;

class LinkExtractorTest {
    private final LinkExtractor extractor = new LinkExtractor(new UrlNormalizer());

    private List<String> read(String html) {
        return extractor.extract(Jsoup.parse(html, "http://a.go.th/dir/page.html")).stream()
                .map(l -> l.kind() + " " + l.url() + " [" + l.anchor() + "]").toList();
    }

    @Test
    void readsEveryWayAPersonCanFollowALink() {
        String html = """
                <html><head><meta http-equiv="refresh" content="5; URL='/next.html'"></head><body>
                <a  href="news.html">ข่าว</a>
                <a href="../ita/"><img src="b.png" alt="ITA 2568"></a>
                <map><area href="/map-target.html" alt="แผนที่"></map>
                <iframe src="/frame.html" title="ปฏิทิน"></iframe>
                <select onchange="location=this.value"><option value="">-- เลือก --</option>
                  <option value="/sel-a.html">หน่วยงาน ก</option></select>
                <select onchange="window.open(this.options[this.selectedIndex].value)">
                  <option value="/sel-b.html">หน่วยงาน ข</option></select>
                <a href="#" onclick="window.location='/onclick.html'">คลิก</a>
                <a href="javascript:window.open('/js.html')">เปิด</a>
                <button onclick="location.href='/button.html'">ไป</button>
                <a href="mailto:x@a.go.th">mail</a><a href="javascript:void(0)">x</a><a href="#top">top</a>
                <a href="ไฟล์/แผน 2568.pdf#page=2">ดาวน์โหลด</a>
                </body></html>""";
        assertEquals(List.of(
                "META_REFRESH http://a.go.th/next.html []",
                "A http://a.go.th/dir/news.html [ข่าว]",
                "A http://a.go.th/ita/ [ITA 2568]",
                "AREA http://a.go.th/map-target.html [แผนที่]",
                "IFRAME http://a.go.th/frame.html [ปฏิทิน]",
                "SELECT http://a.go.th/sel-a.html [หน่วยงาน ก]",
                "SELECT http://a.go.th/sel-b.html [หน่วยงาน ข]",
                "ONCLICK http://a.go.th/onclick.html [คลิก]",
                "JAVASCRIPT http://a.go.th/js.html [เปิด]",
                "ONCLICK http://a.go.th/button.html [ไป]",
                "A http://a.go.th/dir/%E0%B9%84%E0%B8%9F%E0%B8%A5%E0%B9%8C/%E0%B9%81%E0%B8%9C%E0%B8%99%202568.pdf [ดาวน์โหลด]"),
                read(html));
    }

    @Test
    void aPdfShownInAModalIsNamedByTheModalsHeading() {
        // An ITA evidence list where each item opens a Bootstrap modal embedding its PDF; the link that
        // opens it has href="#" (no URL), so the modal's heading is all that names the document.
        String html = """
                <ul class="navbar-nav"><li class="nav-item">
                  <a class="nav-link" href="#" data-toggle="modal" data-target="#o1">O1 โครงสร้างและอำนาจหน้าที่</a>
                  <div class="modal fade" id="o1" role="dialog"><div class="modal-dialog"><div class="modal-content">
                    <div class="modal-header"><h5>O1 โครงสร้างและอำนาจหน้าที่ ประจำปี 2568</h5></div>
                    <div class="modal-body"><div class="embed-responsive">
                      <iframe class="embed-responsive-item" src="../upload/ita/o1.pdf" allowfullscreen></iframe>
                    </div></div>
                    <div class="modal-footer"><button data-dismiss="modal">ปิด</button></div>
                  </div></div></div>
                  <div class="modal" id="o2"><div class="modal-header"><h4 class="modal-title">O2 ข้อมูลผู้บริหาร</h4></div>
                    <iframe src="../upload/ita/o2.pdf" title="ทำเนียบผู้บริหาร"></iframe></div>
                </li></ul>
                <iframe src="/calendar.html"></iframe>""";
        assertEquals(List.of(
                "IFRAME http://a.go.th/upload/ita/o1.pdf [O1 โครงสร้างและอำนาจหน้าที่ ประจำปี 2568]",
                "IFRAME http://a.go.th/upload/ita/o2.pdf [ทำเนียบผู้บริหาร]",
                "IFRAME http://a.go.th/calendar.html []"),
                read(html));
    }

    @Test
    void honoursBaseHref() {
        String html = "<html><head><base href=\"http://a.go.th/sub/\"></head><body><a href=\"rel.html\">x</a>"
                + "<a href=\"#\" onclick=\"location='js.html'\">y</a></body></html>";
        assertEquals(List.of("A http://a.go.th/sub/rel.html [x]", "ONCLICK http://a.go.th/sub/js.html [y]"), read(html));
    }

    @Test
    void framesetFramesAreLinksThatCostNoClick() {
        var links = extractor.extract(Jsoup.parse("<frameset><frame src=\"menu.html\" name=\"menu\"></frameset>",
                "http://a.go.th/"));
        assertEquals(LinkKind.FRAME, links.get(0).kind());
        assertEquals(0, links.get(0).kind().clicks());
    }

    @Test
    void keepsTheTableRowAroundABareOpenLink() {
        var links = extractor.extract(Jsoup.parse("<table><tr><td>O5</td><td>แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)</td>"
                + "<td><a href=\"p.pdf\">เปิด</a></td></tr></table>", "http://a.go.th/"));
        assertEquals("O5 แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เปิด", links.get(0).context());
    }

    @Test
    void aListOfLinksInATableCellIsLabelledByTheRowsOtherCells() {
        // A vendor's ITA page: code and title in their own cells, the evidence as a list in the third.
        var links = extractor.extract(Jsoup.parse("<table><tr><td>OIT 6</td><td>กฎหมายที่เกี่ยวข้อง</td><td><ul>"
                + "<li><a href=\"law.html\"><b>กฎหมาย กฎ ระเบียบ ข้อบังคับ</b></a></li>"
                + "<li><a href=\"rules.pdf\">ประกาศ</a></li></ul></td></tr></table>", "http://a.go.th/"));
        assertEquals("OIT 6 กฎหมายที่เกี่ยวข้อง กฎหมาย กฎ ระเบียบ ข้อบังคับ", links.get(0).context());
        assertEquals("OIT 6 กฎหมายที่เกี่ยวข้อง ประกาศ", links.get(1).context());
    }

    @Test
    void aLayoutRowLendsNoLabel() {
        // An old table layout: the menu column beside the content column. Its links are no item's label.
        var links = extractor.extract(Jsoup.parse("<table><tr><td><a href=\"o1.html\">O1 โครงสร้าง</a>"
                + "<a href=\"o2.html\">O2 ผู้บริหาร</a></td><td><ul><li><a href=\"news.html\">ข่าวล่าสุด</a></li>"
                + "</ul></td></tr></table>", "http://a.go.th/"));
        assertEquals("ข่าวล่าสุด", links.get(2).context());
    }
}
