package th.oitcrawler.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.evidence.SubmissionRow;

/**
 * The facade of {@code verify}: verifies every submitted row and writes the outputs into one folder
 * (verify.json, verify.csv, verify.html, manifest.json, warc/agency-NN.warc.gz). Agencies run
 * {@link VerifyOptions#parallelSites} at a time, each on its own thread with its own HTTP clients and
 * WARC file, and each is cut off when its {@link VerifyOptions#siteBudget} is used up.
 */
public final class Verification {
    public static final String JSON = "verify.json";
    public static final String CSV = "verify.csv";
    public static final String HTML = "verify.html";
    public static final String MANIFEST = "manifest.json";
    public static final String WARC_DIR = "warc";

    private Verification() {
    }

    /** Verifies {@code rows} (in CSV order; agencies keep their first appearance's order). */
    public static VerifyReport run(List<SubmissionRow> rows, Checklist checklist, LocalDate asOf, VerifyOptions options,
                                   Path outDir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path warcDir = Files.createDirectories(outDir.resolve(WARC_DIR));
        Map<String, List<SubmissionRow>> byAgency = new LinkedHashMap<>();
        rows.forEach(r -> byAgency.computeIfAbsent(r.agency(), a -> new ArrayList<>()).add(r));
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelSites(), daemon("oit-verify-site"));
        List<Future<AgencyResult>> futures = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<SubmissionRow>> e : byAgency.entrySet()) {
            String warcName = String.format("agency-%02d.warc.gz", ++n);
            AgencyVerifier v = new AgencyVerifier(e.getKey(), e.getValue().get(0).homepage(), e.getValue(), checklist,
                    asOf, options, warcDir, warcName);
            futures.add(pool.submit(() -> supervise(v, options.siteBudget())));
        }
        List<AgencyResult> results = new ArrayList<>();
        try {
            for (Future<AgencyResult> f : futures) {
                results.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("verify failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        VerifyReport report = new VerifyReport(checklist, asOf, results, Duration.ofNanos(System.nanoTime() - start));
        VerifyFiles.write(report, outDir);
        return report;
    }

    /** Runs one agency on a worker thread and cuts it off when its budget is used up. */
    private static AgencyResult supervise(AgencyVerifier v, Duration budget) throws InterruptedException {
        Thread worker = daemon("oit-verify-worker").newThread(v);
        worker.start();
        worker.join(budget.toMillis());
        if (worker.isAlive()) {
            v.cutOff(budget);
            worker.interrupt();
        }
        return v.result(budget);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
