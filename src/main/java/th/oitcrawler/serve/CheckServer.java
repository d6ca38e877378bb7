package th.oitcrawler.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.report.ReportFiles;

/**
 * The local web page of {@code serve}: {@code GET /} form and past checks, {@code POST /check}
 * starts one, {@code GET /check/ID} its progress, {@code GET /status/ID} the same as JSON,
 * {@code GET /reports/ID/report.html} (and the other report files). Requests whose Host is not this
 * machine's loopback name are refused when bound to loopback (DNS rebinding), and so are form posts
 * from other origins. Closing stops the server and abandons running checks.
 */
public final class CheckServer implements AutoCloseable {
    static final int MAX_FORM_BYTES = 1 << 20;
    private static final List<String> REPORT_FILES = List.of(ReportFiles.HTML, ReportFiles.JSON, ReportFiles.CSV,
            ReportFiles.GRAPH);

    private final HttpServer server;
    private final ExecutorService executor;
    private final CheckJobs jobs;
    private final CheckRequests requests;
    private final boolean loopbackOnly;

    private CheckServer(HttpServer server, ExecutorService executor, CheckJobs jobs, boolean loopbackOnly) {
        this.server = server;
        this.executor = executor;
        this.jobs = jobs;
        this.requests = new CheckRequests(jobs);
        this.loopbackOnly = loopbackOnly;
    }

    /**
     * @param bind         address to listen on (127.0.0.1 keeps the page on this machine)
     * @param port         TCP port, 0 for any free one
     * @param outDir       reports go to outDir/&lt;host-time-n&gt;/
     * @param crawlOptions crawl settings for a homepage (limits, politeness)
     */
    public static CheckServer start(InetAddress bind, int port, Path outDir, Function<URI, CrawlOptions> crawlOptions)
            throws IOException {
        Files.createDirectories(outDir);
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 32);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "oit-serve-http");
            t.setDaemon(true);
            return t;
        });
        CheckServer s = new CheckServer(http, executor, new CheckJobs(outDir, crawlOptions), bind.isLoopbackAddress());
        http.createContext("/", s::handle);
        http.setExecutor(executor);
        http.start();
        return s;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8568/}. */
    public String url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!hostAllowed(ex)) {
                send(ex, 403, "text/plain; charset=utf-8", "Host not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod();
            if (path.equals("/") && method.equals("GET")) {
                html(ex, 200, requests.home());
            } else if (path.equals("/check") && method.equals("POST")) {
                startCheck(ex);
            } else if (path.startsWith("/check/") && method.equals("GET")) {
                jobPage(ex, path.substring("/check/".length()));
            } else if (path.startsWith("/status/") && method.equals("GET")) {
                status(ex, path.substring("/status/".length()));
            } else if (path.startsWith("/reports/") && method.equals("GET")) {
                report(ex, path.substring("/reports/".length()));
            } else {
                html(ex, 404, ServePages.notFound());
            }
        } catch (RuntimeException e) {
            // One bad request never takes the page down.
            html(ex, 500, ServePages.notFound());
        }
    }

    private void startCheck(HttpExchange ex) throws IOException {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("null") && !origin.equals("http://" + host)) {
            send(ex, 403, "text/plain; charset=utf-8", "cross-origin form post refused".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        }
        Map<String, String> form = FormData.parse(body.length > MAX_FORM_BYTES ? new byte[0] : body);
        CheckRequests.Outcome o = requests.start(form, body.length > MAX_FORM_BYTES);
        if (o.jobId() != null) {
            ex.getResponseHeaders().add("Location", "/check/" + o.jobId());
            send(ex, 303, "text/plain; charset=utf-8", new byte[0]);
        } else {
            html(ex, o.status(), o.page());
        }
    }

    private void jobPage(HttpExchange ex, String id) throws IOException {
        var job = jobs.get(id);
        if (job.isEmpty()) {
            html(ex, 404, ServePages.notFound());
        } else {
            html(ex, 200, ServePages.job(job.get()));
        }
    }

    private void status(HttpExchange ex, String id) throws IOException {
        var job = jobs.get(id);
        if (job.isEmpty()) {
            send(ex, 404, "application/json", "{\"error\":\"no such check\"}".getBytes(StandardCharsets.UTF_8));
        } else {
            send(ex, 200, "application/json", StatusJson.of(job.get()));
        }
    }

    private void report(HttpExchange ex, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String folder = slash < 0 ? "" : rest.substring(0, slash);
        String file = slash < 0 ? "" : rest.substring(slash + 1);
        Path p = jobs.outDir().resolve(FolderNames.isSafe(folder) ? folder : "-").resolve(
                REPORT_FILES.contains(file) ? file : "-");
        if (!FolderNames.isSafe(folder) || !REPORT_FILES.contains(file) || !Files.isRegularFile(p)) {
            html(ex, 404, ServePages.notFound());
            return;
        }
        String type = file.endsWith(".html") ? "text/html; charset=utf-8"
                : file.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/json";
        // report.html carries its own, stricter policy in a meta tag; the header adds framing rules.
        ex.getResponseHeaders().add("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        send(ex, 200, type, Files.readAllBytes(p));
    }

    private boolean hostAllowed(HttpExchange ex) {
        if (!loopbackOnly) {
            return true;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static void html(HttpExchange ex, int status, String page) throws IOException {
        ex.getResponseHeaders().add("Content-Security-Policy", ServePages.CSP);
        send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.getResponseHeaders().add("Referrer-Policy", "no-referrer");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        jobs.close();
        executor.shutdownNow();
    }

    /** Checklist ids offered in the form. */
    static List<String> checklistIds() {
        return ChecklistLoader.builtInIds();
    }
}
