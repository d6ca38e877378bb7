package th.oitcrawler.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * summary.csv: one row per site, UTF-8 with a byte-order mark (Excel reads Thai right only then),
 * CRLF, RFC 4180 quoting. Names and URLs come from the sites list and sites themselves, so a cell
 * starting with {@code = + - @}, tab or CR gets a leading apostrophe: never a formula (OWASP "CSV injection").
 */
final class SummaryCsvWriter {
    static final String HEADER = "id,name,province,homepage,status,score,pass,fail,needs_review,pages,errors,report,problem";
    private final Writer out;

    SummaryCsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
    }

    void site(RunReadout.SiteSummary s) throws IOException {
        List<String> cells = List.of(s.id(), s.name(), s.province(), s.homepage(), s.status().name(),
                s.score().isPresent() ? String.format(Locale.ROOT, "%.2f", s.score().getAsDouble()) : "",
                Integer.toString(s.passed()), Integer.toString(s.failed()), Integer.toString(s.review()),
                Long.toString(s.pages()), Long.toString(s.errors()), s.report(), s.problem());
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
