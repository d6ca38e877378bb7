package th.oitcrawler.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.oitcrawler.thai.ItemCodes;

/**
 * Reads {@code verify --submissions FILE.csv}: UTF-8 with or without a BOM, header
 * {@code agency,homepage,item,url}, RFC 4180 quoting (a quoted field may hold commas, quotes and line
 * breaks), blank lines skipped. A bad row is reported as {@code file:line: what is wrong} and the
 * other rows are kept; an agency named twice with two homepages keeps its first. An exact duplicate
 * row is kept (it is one more submitted row) and noted, so the auditor sees it.
 */
public final class SubmissionsCsv {
    static final List<String> HEADER = List.of("agency", "homepage", "item", "url");

    private SubmissionsCsv() {
    }

    /** Rows that can be verified, rows that cannot (file:line: why) and notes that change nothing. */
    public record Parsed(List<SubmissionRow> rows, List<String> errors, List<String> notes) {
        public Parsed {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }
    }

    /** @throws IOException when the file cannot be read at all */
    public static Parsed read(Path file, Set<String> knownItems) throws IOException {
        String text = CsvText.read(file);
        return parse(file.toString(), text, knownItems);
    }

    static Parsed parse(String name, String text, Set<String> knownItems) {
        List<SubmissionRow> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<CsvRecords.Record> records = CsvRecords.split(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty() || !header(records.get(0).fields())) {
            errors.add(name + ":1: header must be \"agency,homepage,item,url\"");
            return new Parsed(rows, errors, notes);
        }
        Map<String, SubmissionRow> homepages = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Record rec : records.subList(1, records.size())) {
            String where = name + ":" + rec.line() + ": ";
            if (rec.problem() != null) {
                errors.add(where + rec.problem());
                continue;
            }
            List<String> f = rec.fields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (f.size() != 4) {
                errors.add(where + "expected 4 fields agency,homepage,item,url but found " + f.size());
                continue;
            }
            String agency = f.get(0).strip();
            String homepage = f.get(1).strip();
            String item = f.get(2).strip();
            String url = f.get(3).strip();
            String code = ItemCodes.normalize(item).orElse(null);
            if (agency.isEmpty()) {
                errors.add(where + "agency is empty");
            } else if (!httpUrl(homepage)) {
                errors.add(where + "homepage is not an http(s) URL: \"" + homepage + "\"");
            } else if (code == null || !knownItems.contains(code)) {
                errors.add(where + "unknown item \"" + item + "\" for this checklist");
            } else if (!httpUrl(url)) {
                errors.add(where + "not an http(s) URL: \"" + url + "\"");
            } else {
                SubmissionRow first = homepages.putIfAbsent(agency, new SubmissionRow(rec.line(), agency, homepage, code, url));
                if (first != null && !first.homepage().equals(homepage)) {
                    errors.add(where + "agency \"" + agency + "\" has homepage " + first.homepage() + " on line "
                            + first.line() + ", not " + homepage);
                    continue;
                }
                Integer dup = seen.putIfAbsent(agency + "\n" + code + "\n" + url, rec.line());
                if (dup != null) {
                    notes.add(where + "same agency, item and URL as line " + dup);
                }
                rows.add(new SubmissionRow(rec.line(), agency, homepage, code, url));
            }
        }
        return new Parsed(rows, errors, notes);
    }

    private static boolean header(List<String> fields) {
        return fields.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    private static boolean httpUrl(String s) {
        return s.matches("(?i)https?://[^\\s/?#]+[^\\s]*");
    }
}
