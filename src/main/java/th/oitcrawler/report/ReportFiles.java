package th.oitcrawler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import th.oitcrawler.score.CheckReport;

/**
 * Writes a check's files into one folder: report.json, report.html, items.csv and graph.json. Each
 * file is written beside its final name and moved into place, so a reader (the serve page, an
 * auditor's browser) never sees half a report.
 */
public final class ReportFiles {
    public static final String JSON = "report.json";
    public static final String HTML = "report.html";
    public static final String CSV = "items.csv";
    public static final String GRAPH = "graph.json";

    private ReportFiles() {
    }

    public static void write(CheckReport report, Lang lang, Path dir) throws IOException {
        writeAtomically(dir.resolve(GRAPH), out -> GraphJsonWriter.write(report.crawl(), out));
        writeAtomically(dir.resolve(JSON), out -> ReportJsonWriter.write(report, out));
        writeAtomically(dir.resolve(CSV), out -> ItemsCsvWriter.write(report, lang, out));
        writeAtomically(dir.resolve(HTML), out -> ReportHtmlWriter.write(report, lang, out));
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Body body) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
