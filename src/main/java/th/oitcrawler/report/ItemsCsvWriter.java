package th.oitcrawler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.EvidenceRef;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Reason;

/**
 * Writes one row per item for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads
 * Thai as mojibake), RFC 4180 quoting and CRLF line ends, header
 * {@code item,title,verdict,score,evidence_url,click_path,reasons}. Rows follow the report's item
 * order; the evidence columns show the first evidence, the one the verdict rests on. A cell that
 * starts with {@code = + - @} gets a leading apostrophe, so an anchor text from the site can never run
 * as a spreadsheet formula (OWASP "CSV injection").
 */
public final class ItemsCsvWriter {
    static final String BOM = "\uFEFF";
    static final String HEADER = "item,title,verdict,score,evidence_url,click_path,reasons";

    private ItemsCsvWriter() {
    }

    /** Writes the CSV; flushes but does not close {@code out}. */
    public static void write(CheckReport report, Lang lang, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        w.write(HEADER);
        w.write("\r\n");
        for (ItemResult r : report.items()) {
            EvidenceRef first = r.evidence().isEmpty() ? null : r.evidence().get(0);
            row(w, List.of(
                    r.item().code(),
                    lang.pick(r.item().title(), r.item().titleEn()),
                    r.verdict().name(),
                    Integer.toString(r.score()),
                    first == null ? "" : first.url(),
                    first == null ? "" : ReportLabels.anchors(first.clickPath(), lang),
                    reasons(r.reasons(), lang)));
        }
        w.flush();
    }

    private static String reasons(List<Reason> reasons, Lang lang) {
        return reasons.stream().map(r -> {
            String fix = lang.pick(r.fixTh(), r.fixEn());
            return lang.pick(r.th(), r.en()) + (fix.isBlank() ? "" : lang.pick(" — วิธีแก้: ", " — fix: ") + fix);
        }).collect(Collectors.joining("\n"));
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** One field: formula-neutralised, then quoted when it holds a comma, quote, CR or LF (RFC 4180). */
    public static String cell(String value) {
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
