package th.oitcrawler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.oitcrawler.batch.ScanJob;
import th.oitcrawler.batch.ScanSettings;
import th.oitcrawler.checklist.Checklist;

/**
 * {@code scan --sites FILE.csv --checklist ID --out DIR}: the nightly batch (issue 5). Checks every
 * site of the list, stores each site and item in the results database, writes each site's report and,
 * when the run is complete, summary.csv, summary.json and dashboard.html. Rerunning the same command
 * continues an unfinished run; several workers on one PostgreSQL share it.
 */
@Command(name = "scan", description = "ตรวจเว็บไซต์จำนวนมากตามรายชื่อ (รอบกลางคืน) / check every site of a list, resumably")
final class ScanCommand implements Callable<Integer> {
    @Option(names = "--sites", required = true, paramLabel = "CSV", description = "sites list, header id,name,province,homepage (UTF-8)")
    Path sites;

    @Option(names = "--checklist", required = true, paramLabel = "ID|FILE", description = "built-in id (ita-2568, …) or a checklist file")
    String checklistId;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder: sites/, summary.csv, summary.json, dashboard.html (and scan.db)")
    Path out;

    @Option(names = "--parallel", defaultValue = "8", paramLabel = "N", description = "sites checked at once by this worker (default ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "results database: jdbc:postgresql://… to share a run between workers (default: DIR/scan.db, SQLite)")
    String db;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge freshness as of this date (default: the unfinished run's date, or today)")
    String asOf;

    @Option(names = "--lease-seconds", defaultValue = "300", paramLabel = "S", description = "a dead worker's sites go to others after this long (default ${DEFAULT-VALUE})")
    long leaseSeconds;

    @Option(names = "--max-depth", defaultValue = "6", description = "most clicks from the homepage (default ${DEFAULT-VALUE})")
    int maxDepth;

    @Option(names = "--max-pages", defaultValue = "2000", description = "most pages per site (default ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--max-seconds", defaultValue = "3600", paramLabel = "N", description = "crawl time budget per site, s;"
            + " 0 = none (default ${DEFAULT-VALUE}). Items a cut crawl could not reach become NEEDS_REVIEW")
    int maxSeconds;

    @Option(names = "--delay-ms", defaultValue = "300", description = "pause between requests to one host and to one IP address, ms (default ${DEFAULT-VALUE})")
    int delayMs;

    @Option(names = "--threads-per-site", defaultValue = "1", description = "crawler threads per site (default ${DEFAULT-VALUE}: one request in flight per host)")
    int threadsPerSite;

    @Option(names = "--ignore-robots", description = "ignore robots.txt (only for your own sites)")
    boolean ignoreRobots;

    @Option(names = "--timeout-ms", defaultValue = "20000", description = "connect and read timeout, ms (default ${DEFAULT-VALUE})")
    int timeoutMs;

    @Option(names = "--progress-seconds", defaultValue = "30", hidden = true, description = "log line interval when not on a terminal")
    long progressSeconds;

    @Mixin
    LangMixin langMixin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!Files.isRegularFile(sites)) {
            throw new UserInputException("--sites " + sites + ": no such file");
        }
        Checklist checklist = CheckCommand.checklist(checklistId, null);
        Optional<LocalDate> date = asOf == null ? Optional.empty() : Optional.of(AsOfDates.parse(asOf));
        Path dir = OutputFolders.prepare(out);
        ScanSettings settings = new ScanSettings(sites, checklistId, dir, Optional.ofNullable(db), date, parallel,
                leaseSeconds * 1000, maxDepth, maxPages, maxSeconds, delayMs, threadsPerSite, !ignoreRobots, timeoutMs,
                progressSeconds * 1000, langMixin.lang());
        ScanJob.Outcome o;
        try {
            o = new ScanJob(settings, checklist, stderr).run(AsOfDates.parse(null));
        } catch (IOException e) {
            throw new UserInputException("--sites " + sites + ": " + e.getMessage());
        }
        if (o.complete()) {
            stdout.println("run " + o.run().id() + " complete: " + o.run().sitesTotal() + " sites (" + o.checkedHere()
                    + " checked by this worker)");
            o.dashboard().ifPresent(d -> stdout.println("dashboard: " + d.toAbsolutePath()));
        } else {
            stdout.println("run " + o.run().id() + ": this worker is done (" + o.checkedHere()
                    + " sites); other workers still hold sites, the last one writes the summary");
        }
        stdout.flush();
        if (o.badRows() > 0) {
            stderr.println("oit-crawler: " + o.badRows() + " row(s) of " + sites + " skipped (see above or the first run's log)");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
