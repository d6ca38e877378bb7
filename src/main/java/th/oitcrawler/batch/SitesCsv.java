package th.oitcrawler.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import th.oitcrawler.crawl.Homepages;

/**
 * Reads the sites list of {@code scan}: UTF-8 (BOM or not), header {@code id,name,province,homepage},
 * RFC 4180 quoting within a line. Streams: each good row goes to a consumer as it is read, so a list
 * of any length takes no memory; a bad row is reported with its line number and skipped.
 */
public final class SitesCsv {
    static final List<String> HEADER = List.of("id", "name", "province", "homepage");
    /** "mailto:x@y", "javascript:…": a scheme without "//" (a host:port such as "localhost:8080" is not one). */
    private static final java.util.regex.Pattern OTHER_SCHEME = java.util.regex.Pattern.compile("(?i)[a-z][a-z0-9+-]*:(?!//|\\d)");

    private SitesCsv() {
    }

    /** A row that was skipped, with the reason. */
    public record BadRow(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /**
     * @throws IOException when the file cannot be read, is not UTF-8 or lacks the header
     */
    public static void read(Path file, Consumer<SiteRow> rows, Consumer<BadRow> bad) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String first = in.readLine();
            if (first == null || !header(first)) {
                throw new IOException(file + ":1: header must be \"id,name,province,homepage\"");
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    row(line, lineNo, rows, bad);
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (save the list as CSV UTF-8)", e);
        }
    }

    private static boolean header(String first) {
        List<String> cells = split(first.replace("\uFEFF", ""));
        return cells != null && cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    private static void row(String line, int lineNo, Consumer<SiteRow> rows, Consumer<BadRow> bad) {
        List<String> cells = split(line);
        if (cells == null) {
            bad.accept(new BadRow(lineNo, "unbalanced quotes"));
            return;
        }
        if (cells.size() != 4) {
            bad.accept(new BadRow(lineNo, "expected 4 fields id,name,province,homepage but found " + cells.size()));
            return;
        }
        String id = cells.get(0).strip();
        String homepage = cells.get(3).strip();
        if (id.isEmpty()) {
            bad.accept(new BadRow(lineNo, "empty id"));
        } else if (id.length() > 100 || id.chars().anyMatch(Character::isISOControl)) {
            bad.accept(new BadRow(lineNo, "id must be 1–100 printable characters, was \"" + id + "\""));
        } else {
            try {
                if (OTHER_SCHEME.matcher(homepage).lookingAt()) {
                    throw new IllegalArgumentException("not http(s)");
                }
                URI uri = Homepages.parse(homepage);
                rows.accept(new SiteRow(id, cells.get(1).strip(), cells.get(2).strip(), uri, lineNo));
            } catch (IllegalArgumentException e) {
                bad.accept(new BadRow(lineNo, "site " + id + ": homepage is not an http(s) URL: \"" + homepage + "\""));
            }
        }
    }

    /** Splits one line into fields; null when a quote is left open. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cell.toString());
        return out;
    }
}
