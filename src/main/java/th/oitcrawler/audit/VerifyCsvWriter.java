package th.oitcrawler.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import th.oitcrawler.evidence.ArchivedCopy;
import th.oitcrawler.evidence.TlsProblem;
import th.oitcrawler.report.ItemsCsvWriter;
import th.oitcrawler.report.Lang;
import th.oitcrawler.report.ReportLabels;

/**
 * Writes {@code verify.csv}, one row per submitted row: UTF-8 with a BOM (Excel shows Thai), RFC 4180
 * quoting, CRLF, and every cell neutralised against spreadsheet formulas as {@link ItemsCsvWriter} does.
 */
public final class VerifyCsvWriter {
    static final String HEADER = "line,agency,item,url,verdict,access,status,final_url,redirects,content_type,bytes,"
            + "last_modified,etag,ttfb_ms,tls,reachable,clicks,click_path,dates,fiscal_years,item_match,reasons,"
            + "warc_file,warc_record_id,sha256";

    private VerifyCsvWriter() {
    }

    public static void write(VerifyReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("\uFEFF");
        w.write(HEADER);
        w.write("\r\n");
        for (RowResult r : report.rows().toList()) {
            Hop last = r.last();
            ArchivedCopy copy = r.evidenceCopies().isEmpty() ? null : r.evidenceCopies().get(r.evidenceCopies().size() - 1);
            row(w, List.of(
                    Integer.toString(r.row().line()), r.row().agency(), r.row().item(), r.row().url(),
                    r.verdict().name(), r.access().name(),
                    last == null || r.error() != null ? "0" : Integer.toString(last.status()),
                    last == null ? "" : last.url(),
                    Integer.toString(Math.max(0, r.hops().size() - 1)),
                    last == null || last.contentType() == null ? "" : last.contentType(),
                    last == null ? "" : Long.toString(last.bytes()),
                    last == null || last.lastModified() == null ? "" : last.lastModified(),
                    last == null || last.etag() == null ? "" : last.etag(),
                    r.hops().isEmpty() ? "" : Long.toString(r.hops().get(0).ttfbMs()),
                    r.tls().stream().map(TlsProblem::name).collect(Collectors.joining(" ")),
                    Boolean.toString(r.reachable()),
                    r.reachable() ? Integer.toString(r.clickPath().size() - 1) : "",
                    r.reachable() ? ReportLabels.anchors(r.clickPath(), Lang.TH) : "",
                    String.join("; ", r.dates()),
                    r.fiscalYears().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    r.itemMatch() == null ? "" : r.itemMatch().toString(),
                    r.reasons().stream().map(x -> x.th() + " / " + x.en()).collect(Collectors.joining("\n")),
                    copy == null ? "" : Verification.WARC_DIR + "/" + copy.warcFile(),
                    copy == null ? "" : copy.responseRecordId(),
                    copy == null ? "" : copy.sha256()));
        }
        w.flush();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(ItemsCsvWriter.cell(cells.get(i)));
        }
        w.write("\r\n");
    }
}
