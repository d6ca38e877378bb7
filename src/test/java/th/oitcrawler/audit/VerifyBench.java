package th.oitcrawler.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.UserAgent;
import th.oitcrawler.evidence.SubmissionRow;
import th.oitcrawler.fixture.FixtureWireMock;

/**
 * Benchmark (not a test): verifies 200 rows across 10 agencies, each a copy of the demo fixture on its
 * own loopback origin, 20 rows each (the items' expected evidence URLs), and prints the figures.
 * Run with {@code bash bench/verify-bench.sh [parallelSites]}.
 */
public final class VerifyBench {
    public static void main(String[] args) throws Exception {
        int parallel = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        JsonNode expected = new ObjectMapper().readTree(Path.of("fixtures/demo/expected-ita-2568.json").toFile());
        JsonNode items = expected.has("items") ? expected.get("items") : expected;
        List<String> codes = new ArrayList<>();
        items.fieldNames().forEachRemaining(codes::add);
        List<FixtureWireMock> sites = new ArrayList<>();
        List<SubmissionRow> rows = new ArrayList<>();
        int line = 1;
        for (int a = 0; a < 10; a++) {
            FixtureWireMock site = FixtureWireMock.start("demo");
            sites.add(site);
            String home = site.homepage();
            String origin = home.replaceAll("^(https?://[^/]+).*", "$1");
            int n = 0;
            for (String code : codes) {
                JsonNode ev = items.get(code).get("evidence");
                if (ev == null || ev.isNull() || n == 20) {
                    continue;
                }
                rows.add(new SubmissionRow(++line, "เทศบาลตำบลตัวอย่าง " + (a + 1), home, code, origin + ev.asText()));
                n++;
            }
        }
        Checklist checklist = ChecklistLoader.load("ita-2568");
        VerifyOptions options = new VerifyOptions(h -> CrawlOptions.builder(h).delayMs(0).build(), Duration.ofMinutes(10),
                parallel, 20_000, 8 << 20, UserAgent.DEFAULT);
        Path out = Files.createTempDirectory("oit-verify-bench-");
        long t0 = System.nanoTime();
        VerifyReport report = Verification.run(rows, checklist, LocalDate.of(2025, 6, 30), options, out);
        double s = (System.nanoTime() - t0) / 1e9;
        long warcBytes;
        try (var files = Files.list(out.resolve(Verification.WARC_DIR))) {
            warcBytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("rows %d, agencies %d, parallel sites %d%n", rows.size(), report.agencies().size(), parallel);
        System.out.printf("wall %.1f s (%.1f rows/s); crawl seconds per agency: %s%n", s, rows.size() / s,
                report.agencies().stream().map(a -> String.format("%.1f", a.crawlSeconds())).collect(Collectors.joining(" ")));
        System.out.printf("WARC %.1f MB in %s; verdicts %s%n", warcBytes / 1e6, out,
                report.rows().collect(Collectors.groupingBy(r -> r.verdict().name(), Collectors.counting())));
        sites.forEach(FixtureWireMock::close);
        System.exit(0);
    }
}
