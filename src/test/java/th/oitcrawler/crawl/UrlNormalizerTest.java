package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {
    private final UrlNormalizer n = new UrlNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://Example.GO.TH:80/a/../b.html#top | http://example.go.th/b.html",
            "http://example.go.th/ข่าว.html | http://example.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7.html",
            "http://example.go.th/%e0%b8%82%e0%b9%88%e0%b8%b2%e0%b8%a7.html | http://example.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7.html",
            "http://example.go.th/my file.pdf | http://example.go.th/my%20file.pdf",
            "http://example.go.th/news.php;jsessionid=ABC123?id=5 | http://example.go.th/news.php?id=5",
            "http://example.go.th/news.php?id=5&PHPSESSID=f00 | http://example.go.th/news.php?id=5",
            "https://example.go.th | https://example.go.th/",
    })
    void oneFormPerPage(String raw, String expected) {
        assertEquals(expected, n.filter(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.go.th/ข่าว ประชา.html?q=ไทย#x", "http://a.go.th/./x/../y/%7Euser/",
            "http://a.go.th/a?b=1&a=2", "https://www.a.go.th:8443/ไฟล์/แผน 2568.pdf"})
    void isIdempotent(String raw) {
        String once = n.filter(raw);
        assertEquals(once, n.filter(once));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:x@a.go.th", "javascript:void(0)", "ftp://a.go.th/x", "not a url", ""})
    void rejectsWhatIsNotAWebPage(String raw) {
        assertNull(n.filter(raw));
    }

    /** Issue 6 (found by UrlNormalizerPropertyTest): an escaped unreserved character in the path cut the query. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://a.go.th/%7Euser/p.php?id=5|http://a.go.th/~user/p.php?id=5",
            "http://a.go.th/a%2Db?id=5&b=1|http://a.go.th/a-b?b=1&id=5",
            "http://a.go.th/%41/x?id=5|http://a.go.th/A/x?id=5",
            "http://a.go.th/%E0%B8%82/x?id=5|http://a.go.th/%E0%B8%82/x?id=5"})
    void issue6EscapedUnreservedPathCharactersKeepTheQuery(String in, String want) {
        assertEquals(want, new UrlNormalizer().filter(in));
    }
}
