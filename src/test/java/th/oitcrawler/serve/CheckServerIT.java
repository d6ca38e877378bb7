package th.oitcrawler.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.oitcrawler.crawl.CrawlOptions;

/** The serve page over plain HTTP: one check per site at a time, refused hosts and paths, the status JSON. */
class CheckServerIT {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer slowSite;
    private CheckServer serve;

    @TempDir
    Path out;

    @BeforeEach
    void start() throws Exception {
        // A homepage that answers only when the test says so: the first check is still running.
        slowSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        slowSite.createContext("/", ex -> {
            try (ex) {
                release.await();
                byte[] b = "<html><title>ทดสอบ</title><body>หน้าแรก</body></html>".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        slowSite.start();
        serve = CheckServer.start(InetAddress.getLoopbackAddress(), 0, out, uri -> CrawlOptions.builder(uri).delayMs(0).build());
    }

    @AfterEach
    void stop() {
        release.countDown();
        serve.close();
        slowSite.stop(0);
    }

    private HttpResponse<String> post(String homepage) throws Exception {
        String form = "homepage=" + URLEncoder.encode(homepage, StandardCharsets.UTF_8) + "&checklist=ita-2568&evidence=";
        return http.send(HttpRequest.newBuilder(URI.create(serve.url() + "check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(serve.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void secondCheckOfTheSameSiteIsRefusedInThaiWhileTheFirstRuns() throws Exception {
        String home = "http://127.0.0.1:" + slowSite.getAddress().getPort() + "/";
        HttpResponse<String> first = post(home);
        assertEquals(303, first.statusCode());
        String job = first.headers().firstValue("Location").orElseThrow();
        assertTrue(job.startsWith("/check/127.0.0.1-"), job);

        HttpResponse<String> second = post(home);
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("กำลังตรวจเว็บไซต์ 127.0.0.1 อยู่"), second.body());
        assertTrue(second.body().contains("href=\"" + job + "\""), "links the running check");

        HttpResponse<String> status = get("status/" + job.substring("/check/".length()));
        assertEquals(200, status.statusCode());
        assertTrue(status.body().startsWith("{\"state\":\"RUNNING\","), status.body());
        assertTrue(status.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void everyPageCarriesTheCspAndForeignHostsAndPathsAreRefused() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertTrue(home.body().contains("<option value=\"ita-2568\""), "built-in checklists offered");

        assertEquals(404, get("reports/..%2F..%2Fetc/report.html").statusCode());
        assertEquals(404, get("reports/x/../../pom.xml").statusCode());
        assertEquals(404, get("status/nope").statusCode());

        HttpResponse<String> crossOrigin = http.send(HttpRequest.newBuilder(URI.create(serve.url() + "check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("homepage=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossOrigin.statusCode());
    }

    @Test
    void folderNamesAreSafe() {
        String name = FolderNames.of("../<script>.go.th", java.time.LocalDateTime.of(2025, 6, 30, 14, 25, 1), 3);
        assertEquals("script-.go.th-20250630-142501-3", name);
        assertTrue(FolderNames.isSafe(name));
        assertTrue(!FolderNames.isSafe("../x") && !FolderNames.isSafe("a/b") && !FolderNames.isSafe(""));
    }
}
