package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

/** Issue 6 property tests: no page, however broken, makes the link extractor throw; every link it gives is normalised. */
class LinkExtractorPropertyTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final LinkExtractor extractor = new LinkExtractor(normalizer);

    @Property(tries = 1000)
    void neverThrowsOnAnyText(@ForAll String html) {
        extractor.extract(Jsoup.parse(html, "http://example.go.th/a/"));
    }

    @Property(tries = 1500)
    void linksFromBrokenMarkupAreNormalised(@ForAll("pages") String html) {
        List<ExtractedLink> links = extractor.extract(Jsoup.parse(html, "http://example.go.th/a/b.php"));
        for (ExtractedLink l : links) {
            assertEquals(l.url(), normalizer.filter(l.url()), "not normalised, from: " + html);
        }
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> href = Arbitraries.of("ข่าว.html", "../x", "//other.go.th/p", "javascript:openWin('p.php?id=1')",
                "javascript:void(0)", "data:text/html,<script>alert(1)</script>", "mailto:a@b", "#", "", " ", "?",
                "http://", "http://[::1", "http://%zz/", "%", "p.php?a=%", "index.php#top", "http://example.go.th:99999/",
                "../../../../etc", "\u0000", "https://example.go.th/a b");
        Arbitrary<String> tag = Arbitraries.of(
                "<a href=\"%s\">ลิงก์</a>", "<a href='%s'><img alt=\"รูป\"></a>", "<area href=\"%s\">", "<frame src=\"%s\">",
                "<iframe src=\"%s\"></iframe>", "<meta http-equiv=\"refresh\" content=\"0; url=%s\">",
                "<select onchange=\"location=this.value\"><option value=\"%s\">x</option></select>",
                "<button onclick=\"window.location='%s'\">ไป</button>", "<base href=\"%s\">", "<a href=%s>unquoted",
                "<table><tr><td><a href=\"%s\">%s</a>", "<a href=\"%s\"");
        Arbitrary<String> element = Arbitraries.oneOf(
                tag.flatMap(t -> href.map(h -> t.replace("%s", h))),
                Arbitraries.strings().withChars("<>/\"'=& ขกabc").ofMaxLength(12));
        return element.list().ofMaxSize(8).map(l -> "<html><body>" + String.join("", l));
    }
}
