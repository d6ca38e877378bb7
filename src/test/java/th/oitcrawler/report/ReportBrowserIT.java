package th.oitcrawler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import th.oitcrawler.browser.HeadlessChromium;
import th.oitcrawler.browser.RenderedText;
import th.oitcrawler.cli.Main;

/**
 * The demo report as a person sees it in Chromium (issue 7): Thai rendered, failing items first, a
 * click path for a passing item, the verdict filter working. Screenshots: target/screenshots/.
 */
class ReportBrowserIT {
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

    /** Runs the real {@code demo} command (the built-in municipality on loopback) into target/. */
    static Path demoReport(String folder, String... extra) throws Exception {
        Path out = Path.of("target", "browser", folder);
        String[] args = new String[2 + extra.length + 1];
        args[0] = "demo";
        args[1] = "--out=" + out;
        System.arraycopy(extra, 0, args, 2, extra.length);
        args[args.length - 1] = "--lang=" + (List.of(extra).contains("--lang=en") ? "en" : "th");
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, "demo exit code; stderr: " + err);
        Path html = out.resolve(ReportFiles.HTML);
        assertTrue(Files.isRegularFile(html), html + " written");
        return html;
    }

    @Test
    void demoReportShowsThaiFailingItemsFirstClickPathsAndFilters() throws Exception {
        browser.driver().get(demoReport("demo-th").toUri().toString());

        WebElement h1 = browser.driver().findElement(By.tagName("h1"));
        assertEquals("รายงานการเปิดเผยข้อมูลสาธารณะ (OIT)", h1.getText());
        assertEquals("ok", RenderedText.thaiReadable(browser, h1));
        WebElement firstReason = browser.driver().findElement(By.cssSelector("ul.reasons li"));
        assertEquals("ok", RenderedText.thaiReadable(browser, firstReason));

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#items tbody tr"));
        List<String> verdicts = rows.stream().map(r -> r.getAttribute("data-verdict")).toList();
        assertEquals(28, verdicts.size(), "every ita-2568 item has a row");
        int firstPass = verdicts.indexOf("PASS");
        assertTrue(firstPass > 0, "a failing item comes first: " + verdicts);
        assertTrue(verdicts.subList(firstPass, verdicts.size()).stream().allMatch("PASS"::equals),
                "no failing item after the first passing one: " + verdicts);

        WebElement pass = rows.get(firstPass);
        WebElement crumbs = pass.findElement(By.cssSelector("nav.crumbs"));
        assertTrue(crumbs.isDisplayed(), "click path shown for a passing item");
        List<WebElement> steps = crumbs.findElements(By.tagName("a"));
        assertTrue(steps.size() >= 2, "homepage and at least one click: " + crumbs.getText());
        assertEquals("หน้าแรก", steps.get(0).getText());
        assertTrue(crumbs.getText().contains("›"), crumbs.getText());
        browser.screenshot("report-demo-th");
        browser.screenshotFullPage("report-demo-th-full");

        // The filter appears only when the report's (hash-allowed) script ran under its CSP.
        WebElement filter = browser.driver().findElement(By.id("verdict-filter"));
        assertTrue(filter.isDisplayed(), "verdict filter shown");
        new Select(filter).selectByValue("FAIL");
        assertFalse(pass.isDisplayed(), "passing rows hidden by 'failing items only'");
        assertTrue(rows.get(0).isDisplayed(), "failing rows still shown");
        long shown = rows.stream().filter(WebElement::isDisplayed).count();
        assertEquals(firstPass, shown, "exactly the failing rows are shown");
        browser.screenshot("report-demo-th-failing-only");
        new Select(filter).selectByValue("");
        assertTrue(pass.isDisplayed(), "all rows again");

        String failingFirst = rows.get(0).getAttribute("id");
        browser.driver().findElement(By.cssSelector("button.sort[data-sort=code]")).click();
        List<WebElement> byCode = browser.driver().findElements(By.cssSelector("#items tbody tr"));
        assertEquals("item-O1", byCode.get(0).getAttribute("id"), "sorted by item number");
        assertEquals("item-O28", byCode.get(byCode.size() - 1).getAttribute("id"));
        browser.screenshot("report-demo-th-by-item");
        browser.driver().findElement(By.cssSelector("button.sort[data-sort=rank]")).click();
        assertEquals(failingFirst, browser.driver().findElements(By.cssSelector("#items tbody tr")).get(0).getAttribute("id"),
                "failing items first again");
    }
}
