package th.oitcrawler.score;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.SiteCrawler;
import th.oitcrawler.evidence.EvidenceCsv;
import th.oitcrawler.evidence.SubmittedUrl;
import th.oitcrawler.crawl.net.AddressGuard;
import th.oitcrawler.crawl.net.NameService;
import th.oitcrawler.evidence.UrlProbe;
import th.oitcrawler.fixture.FixtureWireMock;

/**
 * Every verdict fixture: crawl it on loopback, check it, and compare each item's verdict with the
 * expected file written from what the site shows. False PASSes are listed first: a false PASS is the
 * worst bug this product can have.
 */
class FixtureVerdictsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every verdict fixture; a new one is added here once its expected file is written. */
    static final List<String> MATCHED = List.of("demo", "verdicts-2563", "verdicts-2569", "sidebar-2568", "vendor-2568");

    static Stream<Path> expectations() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("fixtures"), 2)) {
            return files.filter(f -> f.getFileName().toString().matches("expected-ita-\\d+\\.json"))
                    .filter(f -> MATCHED.contains(f.getParent().getFileName().toString())).sorted().toList().stream();
        }
    }

    static CheckReport check(Path expectedFile, FixtureWireMock site, UrlProbe probe) throws Exception {
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        Path dir = expectedFile.getParent();
        Checklist checklist = ChecklistLoader.load(expected.get("checklist").asText());
        CrawlResult crawl = SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(site.homepage())).delayMs(0).build());
        List<SubmittedUrl> submitted = List.of();
        if (expected.hasNonNull("evidenceCsv")) {
            Path csv = Files.createTempFile("evidence", ".csv");
            Files.writeString(csv, site.site().expand(Files.readString(dir.resolve(expected.get("evidenceCsv").asText()),
                    StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            Set<String> codes = checklist.items().stream().map(ChecklistItem::code).collect(Collectors.toSet());
            submitted = EvidenceCsv.read(csv, codes).rows();
            Files.delete(csv);
        }
        return SiteChecker.check(crawl, checklist, LocalDate.parse(expected.get("asOf").asText()), submitted, probe);
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void verdictsMatchTheExpectedFile(Path expectedFile) throws Exception {
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        try (FixtureWireMock site = FixtureWireMock.start(expectedFile.getParent().getFileName().toString());
             // fixtures are served on loopback: the probe may connect there, as a check starting there would
             UrlProbe probe = new UrlProbe("oit-crawler-test", 5000, 1 << 20,
                     AddressGuard.allowingPrivate(NameService.SYSTEM))) {
            CheckReport report = check(expectedFile, site, probe);
            List<String> falsePass = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (ItemResult r : report.items()) {
                String want = expected.get("items").get(r.item().code()).get("verdict").asText();
                if (!want.equals(r.verdict().name())) {
                    String line = r.item().code() + ": expected " + want + ", got " + r.verdict() + " "
                            + r.reasons().stream().map(Reason::en).toList() + " evidence "
                            + r.evidence().stream().map(e -> e.url() + " " + e.dates()).toList();
                    (r.verdict() == Verdict.PASS ? falsePass : other).add(line);
                }
            }
            if (!falsePass.isEmpty() || !other.isEmpty()) {
                fail(expectedFile + ": FALSE PASS " + falsePass.size() + ", other mismatches " + other.size() + "\n"
                        + String.join("\n", falsePass) + "\n--\n" + String.join("\n", other));
            }
        }
    }
}
