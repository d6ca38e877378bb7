package th.oitcrawler.serve;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Report folder names: made only of {@code a-z 0-9 . -}, from the site's host and the time, so a
 * host name can never climb out of the output folder or inject markup into a link.
 */
final class FolderNames {
    static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,120}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private FolderNames() {
    }

    /** e.g. {@code www.tambon.go.th-20250630-142501-3}; {@code seq} keeps two checks in one second apart. */
    static String of(String host, LocalDateTime at, int seq) {
        String h = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[.-]+", "");
        if (h.isEmpty()) {
            h = "site";
        }
        if (h.length() > 80) {
            h = h.substring(0, 80);
        }
        return h + "-" + at.format(STAMP) + "-" + seq;
    }

    static boolean isSafe(String name) {
        return name != null && SAFE.matcher(name).matches() && !name.contains("..");
    }
}
