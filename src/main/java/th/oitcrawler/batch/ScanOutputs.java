package th.oitcrawler.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Writes a finished run's summary.csv, summary.json and dashboard.html into the output folder. The
 * sites stream from the store into both summaries in one pass; each file is written beside its name
 * and moved into place, so a reader never sees half of one.
 */
public final class ScanOutputs {
    public static final String CSV = "summary.csv";
    public static final String JSON = "summary.json";
    public static final String DASHBOARD = "dashboard.html";
    static final int WORSE_SITES_SHOWN = 200;

    private ScanOutputs() {
    }

    /** @return the dashboard's path */
    static Path write(ResultStore store, long runId, Path dir) throws IOException {
        RunReadout readout = new RunReadout(store);
        RunInfo run = readout.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        Path csvTmp = tmp(dir, CSV);
        Path jsonTmp = tmp(dir, JSON);
        RunTotals totals = new RunTotals();
        List<RunReadout.ItemTally> items = readout.itemTallies(runId);
        try (OutputStream csvOut = Files.newOutputStream(csvTmp); OutputStream jsonOut = Files.newOutputStream(jsonTmp)) {
            Writer csvText = new BufferedWriter(new OutputStreamWriter(csvOut, StandardCharsets.UTF_8));
            SummaryCsvWriter csv = new SummaryCsvWriter(csvText);
            try (SummaryJsonWriter json = new SummaryJsonWriter(jsonOut, run)) {
                readout.forEachSite(runId, s -> {
                    try {
                        csv.site(s);
                        json.site(s);
                        totals.add(s);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                json.totals(totals, items);
            }
            csvText.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        move(csvTmp, dir.resolve(CSV));
        move(jsonTmp, dir.resolve(JSON));
        Optional<RunInfo> previous = readout.previousFinished(run);
        List<RunDiff.WorseSite> worse = previous.map(p -> new RunDiff(store).worseSites(p.id(), runId, WORSE_SITES_SHOWN))
                .orElse(List.of());
        var data = new DashboardHtmlWriter.Data(run, totals, items, readout.provinceFailures(runId, 5), previous, worse);
        Path htmlTmp = tmp(dir, DASHBOARD);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(htmlTmp), StandardCharsets.UTF_8))) {
            DashboardHtmlWriter.write(data, w);
        }
        move(htmlTmp, dir.resolve(DASHBOARD));
        return dir.resolve(DASHBOARD);
    }

    private static Path tmp(Path dir, String name) throws IOException {
        return Files.createTempFile(dir, "." + name, ".part");
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
