package th.oitcrawler.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.oitcrawler.cli.Main;

/** Shared set-up of the scan tests: many tiny sites on their own loopback addresses, a sites list, the CLI, the store. */
final class ScanFixtures implements AutoCloseable {
    final List<LoopbackSiteServer> servers = new ArrayList<>();
    final Map<String, LoopbackSiteServer> byId = new LinkedHashMap<>();

    /** {@code n} tiny sites on 127.0.0.{first}, 127.0.0.{first+1}, …, ids s01, s02, … */
    static ScanFixtures tinySites(Path tmp, int n, int firstAddress, long latencyMs) throws IOException {
        ScanFixtures f = new ScanFixtures();
        for (int i = 1; i <= n; i++) {
            String id = String.format("s%02d", i);
            Path dir = TinySites.write(tmp.resolve("site-" + id), "เทศบาลตำบลทดสอบ " + i);
            f.add(id, LoopbackSiteServer.start("127.0.0." + (firstAddress + i - 1), dir, latencyMs));
        }
        return f;
    }

    void add(String id, LoopbackSiteServer server) {
        servers.add(server);
        byId.put(id, server);
    }

    /** Writes the list with a BOM: {@code id,name,province,homepage}, one row per site in order. */
    Path sitesCsv(Path file, String... extraLines) throws IOException {
        StringBuilder b = new StringBuilder("\uFEFFid,name,province,homepage\n");
        int i = 0;
        for (var e : byId.entrySet()) {
            b.append(e.getKey()).append(",เทศบาลตำบลทดสอบ ").append(++i).append(',')
                    .append(i % 2 == 0 ? "เชียงใหม่" : "ลำปาง").append(',').append(e.getValue().homepage()).append('\n');
        }
        for (String line : extraLines) {
            b.append(line).append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs the real command line in this JVM. */
    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    record Cli(int exitCode, String out, String err) {
    }

    static Connection sqlite(Path outDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + outDir.resolve("scan.db"));
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Override
    public void close() {
        servers.forEach(LoopbackSiteServer::close);
    }
}
