package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.oitcrawler.fixture.FixtureWireMock;
import th.oitcrawler.graph.LinkGraph;

/**
 * Crawls every fixture that has an {@code expected-depths.json} (served by WireMock on loopback)
 * and compares each named URL's click depth, and the anchors it names, with what the file says.
 * The expectations were written from what the fixture pages show, before this code judged them.
 */
class FixtureDepthsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UrlNormalizer NORMALIZER = new UrlNormalizer();

    static Stream<String> fixturesWithDepths() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("fixtures"))) {
            return dirs.filter(d -> Files.exists(d.resolve("expected-depths.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixturesWithDepths")
    void everyNamedPageIsAtItsExpectedClickDepth(String fixture) throws Exception {
        JsonNode expected = JSON.readTree(Path.of("fixtures", fixture, "expected-depths.json").toFile());
        try (FixtureWireMock site = FixtureWireMock.start(fixture)) {
            CrawlResult result = SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(site.homepage()))
                    .delayMs(0).threads(4).build());
            LinkGraph g = result.graph();
            List<String> wrong = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("pages").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String url = url(site, e.getKey());
                OptionalInt depth = g.depth(url);
                String got = depth.isPresent() ? Integer.toString(depth.getAsInt()) : "null";
                String want = e.getValue().isNull() ? "null" : Integer.toString(e.getValue().asInt());
                if (!got.equals(want)) {
                    wrong.add(e.getKey() + ": expected " + want + ", got " + got + " path=" + g.clickPath(url));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("anchors").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String url = url(site, e.getKey());
                boolean found = g.inEdges(url).stream().anyMatch(edge -> edge.anchor().equals(e.getValue().asText()));
                if (!found) {
                    wrong.add(e.getKey() + ": no link with anchor \"" + e.getValue().asText() + "\"; anchors: "
                            + g.inEdges(url).stream().map(x -> x.anchor()).toList());
                }
            }
            if (!wrong.isEmpty()) {
                fail(fixture + ": " + wrong.size() + " mismatches:\n" + String.join("\n", wrong));
            }
            assertTrue(result.homepageFetched(), "homepage fetched");
            assertEquals(0, g.depth(g.homepage()).getAsInt());
        }
    }

    static String url(FixtureWireMock site, String key) {
        String raw = key.startsWith("/") ? site.site().origin(site.site().hosts().get(0)) + key : site.site().expand(key);
        String n = NORMALIZER.filter(raw);
        if (n == null) {
            throw new IllegalArgumentException("expected-depths key is not a URL: " + key);
        }
        return n;
    }
}
