package th.oitcrawler.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.oitcrawler.browser.HeadlessChromium;
import th.oitcrawler.browser.RenderedText;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.fixture.BuiltInFixtures;
import th.oitcrawler.fixture.FixtureHttpServer;

/**
 * The serve page in Chromium, as an admin uses it: check the demo municipality and open the report;
 * a malformed URL and an unreachable host give a clear Thai message. Screenshots: target/screenshots/.
 */
class ServeBrowserIT {
    /** Generous: a limit for a hung test, not a speed assertion. */
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static HeadlessChromium browser;
    private static FixtureHttpServer demo;
    private static CheckServer serve;

    @BeforeAll
    static void start() throws Exception {
        if (!HeadlessChromium.installed()) {
            return; // each test is skipped (or failed, in CI) by requireBrowser()
        }
        browser = HeadlessChromium.start();
        demo = FixtureHttpServer.start(BuiltInFixtures.open("demo"));
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target", "browser")), "serve-");
        serve = CheckServer.start(InetAddress.getLoopbackAddress(), 0, out,
                uri -> CrawlOptions.builder(uri).delayMs(0).build());
    }

    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.requireInstalled();
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            serve.close();
        }
        if (demo != null) {
            demo.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private void submit(String homepage) {
        browser.driver().get(serve.url());
        WebElement field = browser.driver().findElement(By.id("homepage"));
        field.clear();
        field.sendKeys(homepage);
        new Select(browser.driver().findElement(By.id("checklist"))).selectByValue("ita-2568");
        browser.driver().findElement(By.id("start")).click();
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    private String finishedState() {
        // Until the check's page is shown (click() may return while the form is still there) and done.
        new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            var job = d.findElements(By.id("job"));
            return !job.isEmpty() && !"RUNNING".equals(job.get(0).getAttribute("data-state"));
        });
        return browser.driver().findElement(By.id("job")).getAttribute("data-state");
    }

    @Test
    void checksTheDemoSiteAndLinksTheReport() throws Exception {
        browser.driver().get(serve.url());
        WebElement h1 = browser.driver().findElement(By.tagName("h1"));
        assertEquals("ตรวจเว็บไซต์หน่วยงานตามเกณฑ์ OIT (ITA)", h1.getText());
        assertEquals("ok", RenderedText.thaiReadable(browser, h1));
        browser.screenshot("serve-form");

        submit(demo.site().homepage());
        assertEquals("DONE", finishedState());
        WebElement link = new WebDriverWait(browser.driver(), WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-link")));
        assertTrue(browser.driver().findElement(By.cssSelector("p.ok")).getText().startsWith("คะแนนรวม "));
        browser.screenshot("serve-check-done");

        link.click();
        waitFor(By.id("verdict-filter")); // the report page, loaded
        assertEquals("รายงานการเปิดเผยข้อมูลสาธารณะ (OIT)", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElement(By.id("verdict-filter")).isDisplayed(), "the report's script ran");
        browser.screenshot("serve-report");

        browser.driver().get(serve.url());
        String past = browser.driver().findElement(By.id("past")).getText();
        assertTrue(past.contains(demo.site().homepage()), past);
    }

    @Test
    void malformedUrlShowsAThaiMessageAndKeepsTheForm() throws Exception {
        submit("http://exa mple..go.th:99999/");
        WebElement error = waitFor(By.id("error")); // click() may return before the answer page is loaded
        assertTrue(error.getText().startsWith("ที่อยู่เว็บไซต์ไม่ถูกต้อง: “http://exa mple..go.th:99999/”"), error.getText());
        assertEquals("ok", RenderedText.thaiReadable(browser, error));
        assertEquals("http://exa mple..go.th:99999/", browser.driver().findElement(By.id("homepage")).getAttribute("value"));
        browser.screenshot("serve-malformed-url");

        submit("   ");
        assertEquals("กรุณากรอกที่อยู่เว็บไซต์ (หน้าแรก) ของหน่วยงาน", waitFor(By.id("error")).getText());
    }

    @Test
    void unreachableHostShowsAThaiMessage() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String home = "http://127.0.0.1:" + closedPort + "/";
        submit(home);
        assertEquals("HOMEPAGE_FAILED", finishedState());
        WebElement error = browser.driver().findElement(By.id("error"));
        assertTrue(error.getText().startsWith("เปิดหน้าแรกไม่ได้: " + home), error.getText());
        assertTrue(error.getText().contains("ตรวจว่าเว็บไซต์เปิดได้จากภายนอก"), error.getText());
        browser.screenshot("serve-unreachable-host");
        // The page still works after it.
        browser.driver().get(serve.url());
        assertTrue(browser.driver().findElement(By.id("start")).isDisplayed());
        assertTrue(URI.create(browser.driver().getCurrentUrl()).getHost().equals("127.0.0.1"));
    }
}
