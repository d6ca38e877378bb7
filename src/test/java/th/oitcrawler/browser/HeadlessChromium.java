package th.oitcrawler.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, for the browser tests (issue 7).
 * Nothing is downloaded: the driver and browser paths are given, so Selenium Manager never runs, and
 * background networking is off because the test machine has no network. Each instance has a fresh
 * profile folder, deleted on close.
 *
 * <p>When Chromium is not installed the test is skipped with a message, unless the environment sets
 * {@code OIT_BROWSER_TESTS=required} (CI does), where a missing browser fails the test.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String CHROMIUM = System.getProperty("oit.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("oit.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser; skips (fails, when required) the calling test when none is installed. */
    public static HeadlessChromium start() throws IOException {
        requireInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory("oit-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--lang=th-TH", "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(driver, profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    /** True when Debian's chromium and chromedriver are where the tests look for them. */
    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /**
     * Skips the calling test with a message saying what to install (call it in {@code @BeforeEach},
     * so each skipped test is counted and its reason reported), or fails it when
     * {@code OIT_BROWSER_TESTS=required}.
     */
    public static void requireInstalled() {
        if (installed()) {
            return;
        }
        String message = "browser tests need Debian's chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install -y chromium chromium-driver fonts-thai-tlwg";
        if ("required".equals(System.getenv("OIT_BROWSER_TESTS"))) {
            Assertions.fail("OIT_BROWSER_TESTS=required but " + message);
        }
        Assumptions.abort("skipped: " + message);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs {@code script} in the page and returns its result (Selenium's conversions). */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves what the window shows (1280 × 1000) as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) throws IOException {
        return save(driver.getScreenshotAs(OutputType.FILE), name);
    }

    /**
     * Saves the whole page (window grown to the page height, at most 8,000 px) as
     * {@code target/screenshots/<name>.png}.
     */
    public Path screenshotFullPage(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) js("return Math.max(document.documentElement.scrollHeight,"
                + " document.body ? document.body.scrollHeight : 0);")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 20, 600), 8000)));
        try {
            return save(driver.getScreenshotAs(OutputType.FILE), name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static Path save(File shot, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
