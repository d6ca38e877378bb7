package th.oitcrawler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import th.oitcrawler.browser.HeadlessChromium;
import th.oitcrawler.check.SiteCheck;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.evidence.EvidenceCsv;
import th.oitcrawler.fixture.FixtureHttpServer;
import th.oitcrawler.fixture.FixtureSite;
import th.oitcrawler.score.CheckReport;

/**
 * Issue 6 acceptance, in a real browser: a report about a hostile site (fixtures/xss) runs none of
 * the site's script payloads, shows them as text, and makes no {@code javascript:} or {@code data:}
 * URL clickable. Each payload would set {@code window.__pwned} or the document title.
 */
class ReportXssBrowserIT {
    /** Is anything off: a payload ran, markup got in, or a link goes somewhere other than http(s). */
    private static final String INERT = """
            const bad = [];
            if (typeof window.__pwned !== 'undefined') bad.push('payload ran: ' + window.__pwned);
            if (document.title.indexOf('PWNED') >= 0) bad.push('title changed: ' + document.title);
            for (const el of document.querySelectorAll('*')) {
              for (const a of el.attributes) {
                if (/^on/i.test(a.name)) bad.push('event handler attribute ' + a.name + ' on <' + el.tagName + '>');
              }
            }
            for (const el of document.querySelectorAll('img,iframe,object,embed,frame,form,base,meta[http-equiv=refresh]')) {
              bad.push('injected <' + el.tagName + '>');
            }
            const scripts = document.querySelectorAll('script');
            if (scripts.length !== 1) bad.push(scripts.length + ' script elements, expected the report\\'s own one');
            for (const svg of document.querySelectorAll('svg')) {
              if (!svg.classList.contains('chart')) bad.push('injected <svg>');
            }
            for (const a of document.querySelectorAll('[href],[src],[action],[formaction],[xlink\\\\:href]')) {
              const v = a.getAttribute('href') || a.getAttribute('src') || a.getAttribute('action') || '';
              if (!/^https?:\\/\\//i.test(v)) bad.push('non-http link ' + v);
              if (a.protocol && !/^https?:$/.test(a.protocol)) bad.push('clickable ' + a.protocol + ' link');
            }
            return bad;
            """;

    private static HeadlessChromium browser;

    @BeforeAll
    static void open() throws Exception {
        if (HeadlessChromium.installed()) {
            browser = HeadlessChromium.start();
        }
    }

    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.requireInstalled();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void hostileSiteReportRunsNoPayloadAndShowsThemAsText() throws Exception {
        Path html;
        try (FixtureHttpServer server = FixtureHttpServer.start(FixtureSite.load(Path.of("fixtures", "xss")))) {
            Checklist checklist = ChecklistLoader.load("ita-2568");
            Path csv = Path.of("target", "browser", "xss-evidence.csv");
            Files.createDirectories(csv.getParent());
            Files.writeString(csv, server.site().expand(Files.readString(Path.of("fixtures", "xss", "evidence.csv"))),
                    StandardCharsets.UTF_8);
            Set<String> codes = checklist.items().stream().map(ChecklistItem::code).collect(Collectors.toSet());
            EvidenceCsv.Parsed submitted = EvidenceCsv.read(csv, codes);
            assertEquals(List.of(), submitted.errors());
            CheckReport report = SiteCheck.run(CrawlOptions.builder(URI.create(server.site().homepage())).delayMs(0)
                    .build(), checklist, LocalDate.of(2025, 6, 30), submitted.rows());
            Path dir = Path.of("target", "browser", "xss");
            Files.createDirectories(dir);
            ReportFiles.write(report, Lang.TH, dir);
            html = dir.resolve(ReportFiles.HTML);
        }
        browser.driver().get(html.toUri().toString());

        assertEquals(List.of(), browser.js(INERT));
        assertTrue(browser.driver().getTitle().startsWith("รายงานการเปิดเผยข้อมูลสาธารณะ"), browser.driver().getTitle());
        String text = browser.driver().findElement(By.tagName("body")).getText();
        // The payloads reached the report, as text: otherwise this test would prove nothing.
        for (String shown : List.of("ITA 2568 <script>window.__pwned='menu-anchor'</script>",
                "O1 โครงสร้าง \"><img src=x onerror=\"window.__pwned='o1-anchor'\">",
                "\"><img src=x onerror=window.__pwned='news-anchor'>",
                "window.__pwned='submitted'", "'onerror='window.__pwned=8'")) {
            assertTrue(text.contains(shown), "shown as text: " + shown);
        }
        assertTrue(browser.driver().findElement(By.id("verdict-filter")).isDisplayed(), "the report's own script ran");
        browser.screenshot("report-xss");
    }

    /** The hand-built sample carries a javascript: evidence URL; it must be text, not a link. */
    @Test
    void javascriptEvidenceUrlIsTextNotALink() throws Exception {
        Path html = Path.of("target", "browser", "sample", ReportFiles.HTML);
        Files.createDirectories(html.getParent());
        ReportFiles.write(SampleReports.sample(), Lang.EN, html.getParent());
        browser.driver().get(html.toUri().toString());

        assertEquals(List.of(), browser.js(INERT));
        WebElement js = browser.driver().findElement(By.cssSelector("#item-O3 .nolink"));
        assertEquals(SampleReports.JS_URL, js.getText());
        assertEquals("span", js.getTagName());
        js.click(); // a person clicks it: nothing may happen
        assertEquals(List.of(), browser.js(INERT));
        assertNotNull(browser.driver().findElement(By.id("items")), "still on the report");
        assertTrue(browser.driver().getCurrentUrl().startsWith("file:"), browser.driver().getCurrentUrl());
    }
}
