package th.oitcrawler.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.oitcrawler.thai.ItemCodes;

/**
 * Reads {@code --evidence FILE.csv} (UTF-8, BOM or not, or windows-874 as Thai Excel saves it; header
 * {@code item,url}). A row given twice is checked once. Bad rows are
 * collected with their line numbers and the good rows still checked.
 */
public final class EvidenceCsv {
    private EvidenceCsv() {
    }

    public record Parsed(List<SubmittedUrl> rows, List<String> errors) {
        public Parsed {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }
    }

    /** @throws IOException when the file cannot be read at all */
    public static Parsed read(Path file, Set<String> knownItems) throws IOException {
        List<String> lines = CsvText.read(file).lines().toList();
        List<SubmittedUrl> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        if (lines.isEmpty() || !header(lines.get(0))) {
            errors.add(file + ":1: header must be \"item,url\"");
            return new Parsed(rows, errors);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                errors.add(file + ":" + (i + 1) + ": expected item,url but found \"" + line + "\"");
                continue;
            }
            String item = unquote(line.substring(0, comma));
            String url = unquote(line.substring(comma + 1));
            String code = ItemCodes.normalize(item).orElse(null);
            if (code == null || !knownItems.contains(code)) {
                errors.add(file + ":" + (i + 1) + ": unknown item \"" + item + "\" for this checklist");
            } else if (!url.matches("(?i)https?://[^\\s/]+.*")) {
                errors.add(file + ":" + (i + 1) + ": not an http(s) URL: \"" + url + "\"");
            } else if (!seen.add(code + " " + url)) {
                continue; // the same row twice: checked once
            } else {
                rows.add(new SubmittedUrl(code, url, i + 1));
            }
        }
        return new Parsed(rows, errors);
    }

    private static boolean header(String first) {
        String h = first.replace("\uFEFF", "").replace("\"", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return h.equals("item,url");
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
        }
        return t.strip();
    }
}
