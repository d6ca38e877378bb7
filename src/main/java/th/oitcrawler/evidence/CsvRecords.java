package th.oitcrawler.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records by RFC 4180: fields separated by commas, a field in double quotes may
 * hold commas, CR/LF and doubled quotes. Each record carries the line it starts on; a record with an
 * unclosed quote or text after a closing quote carries the problem instead of being guessed at.
 */
final class CsvRecords {
    record Record(int line, List<String> fields, String problem) {
        Record {
            fields = List.copyOf(fields);
        }
    }

    private CsvRecords() {
    }

    static List<Record> split(String text) {
        List<Record> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            String problem = null;
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean afterQuote = false;
            boolean atFieldStart = true;
            while (i < n) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                        afterQuote = true;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    i++;
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                    atFieldStart = true;
                    i++;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    break;
                }
                if (c == '"' && atFieldStart && field.toString().isBlank()) {
                    quoted = true;
                    field.setLength(0);
                } else if (afterQuote && !Character.isWhitespace(c)) {
                    problem = problem == null ? "text after a closing quote" : problem;
                } else if (!afterQuote) {
                    field.append(c);
                }
                atFieldStart = atFieldStart && Character.isWhitespace(c);
                i++;
            }
            if (quoted) {
                problem = "a quoted field is never closed";
            }
            fields.add(field.toString());
            out.add(new Record(startLine, fields, problem));
        }
        return out;
    }
}
