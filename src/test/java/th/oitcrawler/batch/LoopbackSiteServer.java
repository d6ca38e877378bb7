package th.oitcrawler.batch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import th.oitcrawler.fixture.FixtureResponse;
import th.oitcrawler.fixture.FixtureSite;

/**
 * Serves a one-host fixture folder on a chosen loopback address (127.0.0.2, 127.0.0.3, … all reach
 * lo on Linux), so a scan sees many hosts and many IP addresses. Counts requests per path; the folder
 * served can be swapped while the origin stays the same (a site whose pages changed overnight).
 */
final class LoopbackSiteServer implements AutoCloseable {
    private final HttpServer server;
    private final String origin;
    private final AtomicReference<FixtureSite> site = new AtomicReference<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final long latencyMs;

    private LoopbackSiteServer(String address, Path folder, long latencyMs) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.latencyMs = latencyMs;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "loopback-" + address);
            t.setDaemon(true);
            return t;
        }));
        server.start();
        origin = "http://" + address + ":" + server.getAddress().getPort();
        serve(folder);
    }

    static LoopbackSiteServer start(String address, Path folder, long latencyMs) throws IOException {
        return new LoopbackSiteServer(address, folder, latencyMs);
    }

    /** From now on, answers from {@code folder} (same origin). */
    void serve(Path folder) throws IOException {
        FixtureSite s = FixtureSite.load(folder);
        s.origins(Map.of(s.hosts().get(0), origin));
        site.set(s);
    }

    String homepage() {
        return origin + "/";
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            hits.computeIfAbsent(raw, k -> new AtomicInteger()).incrementAndGet();
            if (latencyMs > 0) {
                Thread.sleep(latencyMs);
            }
            FixtureSite s = site.get();
            FixtureResponse r = s.respond(s.hosts().get(0), raw);
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(r.status(), head || r.body().length == 0 ? -1 : r.body().length);
            if (!head && r.body().length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
