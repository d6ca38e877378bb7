package th.oitcrawler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.Limit;
import th.oitcrawler.crawl.LimitHit;
import th.oitcrawler.score.CheckReport;

class ReportHtmlWriterTest {
    private static String html(Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportHtmlWriter.write(SampleReports.sample(), lang, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void hostileTitlesAndAnchorsAreEscapedNotInjected() throws IOException {
        String html = html(Lang.TH);
        assertFalse(html.contains(SampleReports.HOSTILE_TITLE));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        Document d = Jsoup.parse(html);
        assertEquals(1, d.select("script").size(), "only the filter script");
        assertTrue(d.select("img").isEmpty());
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on"), "event handler attribute " + a + " on " + e.tagName());
            }
        }
        // the hostile anchor shows as text in the breadcrumb of O10
        assertEquals(SampleReports.HOSTILE_ANCHOR, d.select("#item-O10 nav.crumbs a").last().text());
    }

    @Test
    void onlyHttpUrlsBecomeLinks() throws IOException {
        Document d = Jsoup.parse(html(Lang.TH));
        for (Element a : d.select("a[href]")) {
            assertTrue(a.attr("href").startsWith("http://") || a.attr("href").startsWith("https://"), a.outerHtml());
        }
        Element js = d.select("#item-O3 .nolink").first();
        assertEquals(SampleReports.JS_URL, js.text());
        assertTrue(d.select("#item-O3 a").isEmpty());
    }

    @Test
    void failingItemsComeFirstThenByItemNumber() throws IOException {
        Document d = Jsoup.parse(html(Lang.TH));
        List<String> order = d.select("#items tbody tr").eachAttr("id");
        assertEquals(List.of("item-O2", "item-O3", "item-O10", "item-O1"), order);
        assertEquals("PASS", d.select("#item-O1").attr("data-verdict"));
    }

    @Test
    void thaiReportShowsBuddhistEraDateScoreBreadcrumbsAndFixes() throws IOException {
        String html = html(Lang.TH);
        Document d = Jsoup.parse(html);
        assertEquals("th", d.select("html").attr("lang"));
        assertTrue(html.contains("30 มิถุนายน 2568"));
        assertTrue(d.select("header .overall").text().startsWith("25 / 100"));
        assertEquals("หน้าแรก › ITA 2568 › O1 โครงสร้างหน่วยงาน", d.select("#item-O1 nav.crumbs").text());
        assertEquals(List.of(SampleReports.H, SampleReports.ITA, SampleReports.O1_PDF),
                d.select("#item-O1 nav.crumbs a").eachAttr("href"));
        assertTrue(d.select("#item-O2 .fix").text().contains("เพิ่มลิงก์ในเมนู ITA"));
        assertTrue(d.select("#item-O2 .crumbs.warn").text().startsWith("ไม่มีเส้นทางคลิก"));
        assertEquals("ไม่มีลิงก์จากหน้าแรก", d.select("#item-O2 .badge").text());
        assertEquals(2, d.select("svg.chart rect[fill=#eef1f4]").size(), "one bar per judged sub-indicator");
        assertTrue(d.select("footer").text().contains("ค่าเฉลี่ยอย่างง่าย"));
    }

    @Test
    void withoutScriptEveryRowIsVisibleAndTheFilterIsHidden() throws IOException {
        Document d = Jsoup.parse(html(Lang.TH));
        assertTrue(d.select("#items tr[hidden]").isEmpty());
        assertTrue(d.select("#filter").hasAttr("hidden"));
        assertTrue(d.select("#verdict-filter option[value=NOT_REACHABLE]").size() == 1);
    }

    @Test
    void englishOnRequest() throws IOException {
        Document d = Jsoup.parse(html(Lang.EN));
        assertEquals("en", d.select("html").attr("lang"));
        assertTrue(d.text().contains("30 June 2025"));
        assertEquals("Homepage › ITA 2568 › O1 โครงสร้างหน่วยงาน", d.select("#item-O1 nav.crumbs").text());
        assertEquals("Structure and duties and powers", d.select("#item-O1 td").get(1).ownText());
    }

    @Test
    void aCutCrawlIsFlaggedInTheHeader() throws IOException {
        CheckReport r = SampleReports.sample();
        CrawlResult cut = new CrawlResult(r.crawl().graph(),
                Map.of(Limit.MAX_DEPTH, new LimitHit(Limit.MAX_DEPTH, 3, "javascript:void(0)")), Duration.ZERO);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportHtmlWriter.write(new CheckReport(r.homepage(), r.checklist(), r.asOf(), cut, r.items(), r.scores()),
                Lang.TH, out);
        Document d = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        Element warn = d.select("header p.warn").first();
        assertTrue(warn.text().startsWith("ชนขีดจำกัด: ลึกเกินจำนวนคลิกที่กำหนด"), warn.text());
        assertTrue(warn.select("a").isEmpty());
    }
}
