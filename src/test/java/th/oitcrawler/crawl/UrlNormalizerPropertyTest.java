package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue 6 property tests: the normaliser never throws and is idempotent, on junk and on URL-shaped input. */
class UrlNormalizerPropertyTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();

    @Property(tries = 2000)
    void neverThrowsAndIsIdempotentOnAnyString(@ForAll String s) {
        assertIdempotent(s);
    }

    @Property(tries = 3000)
    void isIdempotentOnUrlShapedStrings(@ForAll("urls") String url) {
        assertIdempotent(url);
    }

    private void assertIdempotent(String s) {
        Optional<String> once = normalizer.normalize(s);
        once.ifPresent(u -> assertEquals(once, normalizer.normalize(u), "normalize(normalize(x)) for x = " + s));
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", "hTTps://", "ftp://", "");
        Arbitrary<String> host = Arbitraries.of("www.example.go.th", "example.go.th", "127.0.0.1", "[::1]", "EXAMPLE.GO.TH",
                "xn--12c.th", "ตัวอย่าง.th", "a..b", "", "user:pw@example.go.th", "example.go.th:80", "example.go.th:8080",
                "example.go.th:", "example.go.th:99999");
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of(".", "..", "", "ข่าว", "%E0%B8%82", "%e0%b8%82", "%", "%2", "%2F", "%25", "a b", "index.php",
                        ";jsessionid=ABC", "~user", "%7E", "é", "😀", "a+b", "%00", "\\", "|", "[", "]"),
                Arbitraries.strings().withChars("abc%/.:;?&=#+ ขก~").ofMaxLength(8));
        Arbitrary<String> path = segment.list().ofMaxSize(5).map(l -> "/" + String.join("/", l));
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.of("a=1&b=2", "b=2&a=1", "PHPSESSID=x&id=5", "q=ข่าว", "q=%E0%B8%82", "a=%20b", "=", "&&",
                        "a", "a=1&a=2", "sid=3", "x=%", "q=a+b").map(q -> "?" + q),
                Arbitraries.strings().withChars("ab=&%?# ขก+").ofMaxLength(10).map(q -> "?" + q));
        Arbitrary<String> fragment = Arbitraries.of("", "#top", "#", "#ข่าว");
        return Combinators.combine(scheme, host, path, query, fragment).as((a, b, c, d, e) -> a + b + c + d + e);
    }
}
