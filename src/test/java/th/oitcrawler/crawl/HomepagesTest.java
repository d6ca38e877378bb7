package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 6 item 5: a bad homepage URL is refused with a message naming the value and the problem. */
class HomepagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "www.example.go.th|http://www.example.go.th",
            " https://example.go.th/index.php |https://example.go.th/index.php",
            "http://127.0.0.1:8080/|http://127.0.0.1:8080/",
            "http://[::1]:8080/|http://[::1]:8080/",
            "เทศบาล.go.th|http://xn--o3cg7ak5c9d.go.th"})
    void readsWhatAdminsType(String typed, String want) {
        assertEquals(want, Homepages.parse(typed).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|homepage URL is empty",
            "http:/example.go.th|not a valid URL: \"http:/example.go.th\" (write two slashes after \"http:\")",
            "ftp://a.go.th/|not an http(s) URL: \"ftp://a.go.th/\"",
            "http://|URL has no host name: \"http://\"",
            "http://a.go.th:99999/|the port \"99999\" in \"http://a.go.th:99999/\" is not a number from 1 to 65535",
            "http://a.go.th:abc/|the port \"abc\" in \"http://a.go.th:abc/\" is not a number from 1 to 65535",
            "http://admin:secret@a.go.th/|the URL \"http://admin:secret@a.go.th/\" carries a user name or password"
                    + " (before \"@\"): give the public homepage without it",
            "http://exa mple.go.th/|the host name in \"http://exa mple.go.th/\" is not valid: a host name holds letters,"
                    + " digits, dots and hyphens only (no spaces, underscores or slashes)",
            "http://my_site.go.th/|the host name in \"http://my_site.go.th/\" is not valid: a host name holds letters,"
                    + " digits, dots and hyphens only (no spaces, underscores or slashes)"})
    void namesTheProblem(String typed, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Homepages.parse(typed));
        assertEquals(message, e.getMessage());
    }

    @Test
    void nullIsEmpty() {
        assertEquals("homepage URL is empty",
                assertThrows(IllegalArgumentException.class, () -> Homepages.parse(null)).getMessage());
    }
}
