package th.oitcrawler.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads an {@code application/x-www-form-urlencoded} body (UTF-8); the first value of a name wins. */
final class FormData {
    private FormData() {
    }

    static Map<String, String> parse(byte[] body) {
        Map<String, String> out = new HashMap<>();
        String s = new String(body, StandardCharsets.UTF_8);
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: that field is ignored, the form is validated as usual
            }
        }
        return out;
    }
}
