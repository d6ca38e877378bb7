package th.oitcrawler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteChromeTest {
    private static final String H = "http://www.example.go.th/";

    /** 40 fetched pages: all carry the sidebar box "คู่มือประชาชน" and one site-wide title. */
    private static LinkGraph site(int monthly) {
        LinkGraphBuilder b = new LinkGraphBuilder();
        for (int i = 0; i < 40; i++) {
            String url = i == 0 ? H : H + "p" + i + ".html";
            List<String> headings = new ArrayList<>(List.of("คู่มือประชาชน", "หน้า " + i));
            if (i >= 1 && i <= monthly) {
                headings.add("สรุปผลการจัดซื้อจัดจ้างประจำเดือน");
            }
            b.fetched(url, 200, "text/html");
            b.page(url, "อบต.ตัวอย่าง", headings, "", "utf-8");
        }
        b.fetched(H + "a.html", 200, "text/html");
        b.page(H + "a.html", "ประกาศ", List.of(), "", "utf-8");
        b.fetched(H + "b.html", 200, "text/html");
        b.page(H + "b.html", "ประกาศ", List.of(), "", "utf-8");
        return b.freeze(H);
    }

    @Test
    void aHeadingOrTitleOnEveryPageIsTheTemplateNotThePagesSubject() {
        LinkGraph g = site(5);
        assertEquals(List.of("หน้า 3", "สรุปผลการจัดซื้อจัดจ้างประจำเดือน"), g.ownHeadings(H + "p3.html"));
        assertEquals(Optional.empty(), g.ownTitle(H + "p3.html"), "one title for the whole site names no page");
    }

    @Test
    void aSeriesOnAFewPagesKeepsItsHeadingAndTwoPagesCanShareATitle() {
        LinkGraph g = site(5); // 5 of 42 pages: below a quarter
        assertEquals(List.of("หน้า 1", "สรุปผลการจัดซื้อจัดจ้างประจำเดือน"), g.ownHeadings(H + "p1.html"));
        assertEquals(Optional.of("ประกาศ"), g.ownTitle(H + "a.html"), "2 pages: below the minimum of 3");
    }

    @Test
    void aHeadingOnAQuarterOfThePagesIsTheTemplate() {
        LinkGraph g = site(11); // 11 of 42 pages: 26 %
        assertEquals(List.of("หน้า 1"), g.ownHeadings(H + "p1.html"));
    }
}
