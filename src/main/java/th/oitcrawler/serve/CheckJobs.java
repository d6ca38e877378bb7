package th.oitcrawler.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import th.oitcrawler.check.HomepageProblem;
import th.oitcrawler.check.SiteCheck;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.evidence.SubmittedUrl;
import th.oitcrawler.report.Lang;
import th.oitcrawler.report.ReportFiles;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.Reason;
import th.oitcrawler.score.Verdict;

/**
 * The checks started from the page: runs each in the background, at most one per site (host) at a
 * time, and remembers them for the list of past checks. Thread-safe.
 */
final class CheckJobs implements AutoCloseable {
    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    /** Outcome of asking for a new check. */
    record Started(CheckJob job, CheckJob alreadyRunning) {
    }

    private final Path outDir;
    private final Function<URI, CrawlOptions> crawlOptions;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "oit-serve-check");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CheckJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, CheckJob> runningByHost = new ConcurrentHashMap<>();
    private final AtomicInteger seq = new AtomicInteger();

    CheckJobs(Path outDir, Function<URI, CrawlOptions> crawlOptions) {
        this.outDir = outDir;
        this.crawlOptions = crawlOptions;
    }

    /**
     * Starts a check unless one for the same host is running, in which case that one is returned
     * in {@link Started#alreadyRunning()}.
     */
    Started start(URI homepage, Checklist checklist, List<SubmittedUrl> submitted, List<String> evidenceErrors) {
        CrawlOptions options = crawlOptions.apply(homepage);
        String host = homepage.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String id = FolderNames.of(homepage.getHost(), LocalDateTime.now(THAILAND), seq.incrementAndGet());
        CheckJob job = new CheckJob(id, homepage.toString(), host, checklist.id(), evidenceErrors);
        CheckJob running = runningByHost.putIfAbsent(host, job);
        if (running != null) {
            return new Started(null, running);
        }
        jobs.put(id, job);
        pool.execute(() -> run(job, options, checklist, submitted));
        return new Started(job, null);
    }

    /** @throws IllegalArgumentException when the settings reject this homepage */
    CrawlOptions crawlOptionsFor(URI homepage) {
        return crawlOptions.apply(homepage);
    }

    Optional<CheckJob> get(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /** This session's checks, newest first. */
    List<CheckJob> recent() {
        List<CheckJob> list = new ArrayList<>(jobs.values());
        list.sort((a, b) -> b.started().compareTo(a.started()));
        return list;
    }

    Path outDir() {
        return outDir;
    }

    private void run(CheckJob job, CrawlOptions options, Checklist checklist, List<SubmittedUrl> submitted) {
        try {
            LocalDate asOf = LocalDate.now(THAILAND);
            CheckReport report = SiteCheck.run(options, checklist, asOf, submitted, job.progress());
            Path dir = Files.createDirectories(outDir.resolve(job.id()));
            ReportFiles.write(report, Lang.TH, dir);
            Reason problem = HomepageProblem.describe(report.crawl());
            if (problem != null) {
                job.finish(CheckJob.State.HOMEPAGE_FAILED, "", problem.th() + " — " + problem.fixTh());
            } else {
                job.finish(CheckJob.State.DONE, summary(report), "");
            }
        } catch (IOException | RuntimeException | th.oitcrawler.crawl.CrawlException e) {
            job.finish(CheckJob.State.FAILED, "", "ตรวจไม่สำเร็จ: " + e.getMessage());
        } finally {
            runningByHost.remove(job.host(), job);
        }
    }

    private static String summary(CheckReport r) {
        return "คะแนนรวม " + String.format(Locale.ROOT, "%.2f", r.scores().overall()) + " / 100 · ผ่าน "
                + r.count(Verdict.PASS) + " จาก " + r.items().size() + " ข้อ";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
