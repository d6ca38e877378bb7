package th.oitcrawler.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlProgress;
import th.oitcrawler.crawl.PolitenessSlots;

/**
 * One {@code scan} worker: opens (or joins) the run of a sites list, checks sites with
 * {@code parallel} threads until none is left to claim, and, when the run is complete, writes the
 * summary files. Any number of workers may run on one store (processes or machines on PostgreSQL);
 * a worker that is killed loses nothing ({@link SiteClaims}). Only one site's report is in memory per
 * thread; everything else streams to and from the store.
 */
public final class ScanJob {
    private final ScanSettings settings;
    private final Checklist checklist;
    private final PrintWriter err;

    public ScanJob(ScanSettings settings, Checklist checklist, PrintWriter err) {
        this.settings = settings;
        this.checklist = checklist;
        this.err = err;
    }

    /** What a worker did: the run, whether the run is now complete, and how many sites this worker checked. */
    public record Outcome(RunInfo run, boolean complete, int checkedHere, int badRows, Optional<Path> dashboard) {
    }

    public Outcome run(LocalDate today) throws IOException, InterruptedException {
        try (ResultStore store = ResultStore.open(settings.storeUrl())) {
            ScanRuns.Opened opened = ScanRuns.open(store, settings.sitesFile(), settings.checklistId(), settings.asOf(), today);
            RunInfo run = opened.run();
            opened.badRows().forEach(b -> err.println("oit-crawler: " + settings.sitesFile() + ": " + b + " (skipped)"));
            WorkerId me = WorkerId.current();
            SiteClaims claims = new SiteClaims(store, run.id(), me, settings.leaseMs());
            int released = claims.releaseDeadLocalWorkers();
            SiteClaims.Counts counts = claims.counts();
            err.println("scan: " + (opened.created() ? "run " + run.id() + " started" : "continuing run " + run.id())
                    + ", " + run.checklist() + " as of " + run.asOf() + ": " + counts.done() + "/" + counts.total()
                    + " sites done" + (released > 0 ? ", " + released + " taken back from a stopped worker" : "")
                    + " (worker " + me + ")");
            err.flush();
            ScanProgress progress = new ScanProgress(counts.done(), counts.total());
            work(claims, run, progress);
            boolean complete = claims.finishIfComplete();
            Optional<Path> dashboard = Optional.empty();
            if (complete) {
                dashboard = Optional.of(ScanOutputs.write(store, run.id(), settings.outDir()));
            }
            return new Outcome(run, complete, progress.doneHere(), run.badRows(), dashboard);
        }
    }

    private void work(SiteClaims claims, RunInfo run, ScanProgress progress) throws InterruptedException {
        PolitenessSlots politeness = PolitenessSlots.perHostAndAddress();
        SiteWork work = new SiteWork(settings, checklist, run.asOf(), politeness);
        HeapGate heap = new HeapGate();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        boolean terminal = System.console() != null;
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, daemon("oit-scan-timer"));
        long leaseTick = Math.max(200, settings.leaseMs() / 3);
        timers.scheduleAtFixedRate(() -> guard(failure, claims::renewLeases), leaseTick, leaseTick, TimeUnit.MILLISECONDS);
        long showEvery = terminal ? 1000 : settings.progressEveryMs();
        timers.scheduleAtFixedRate(() -> progress.show(err, terminal), showEvery, showEvery, TimeUnit.MILLISECONDS);
        Thread[] threads = new Thread[settings.parallel()];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> guard(failure, () -> loop(claims, work, progress, failure, heap)), "oit-scan-" + i);
            threads[i].start();
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            timers.shutdownNow();
        }
        progress.show(err, terminal);
        if (terminal) {
            err.println();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void loop(SiteClaims claims, SiteWork work, ScanProgress progress,
                             AtomicReference<RuntimeException> failure, HeapGate heap) {
        while (failure.get() == null) {
            if (!heap.open() && progress.running() > 0) {
                sleep(500); // let running sites finish and free their graphs (claiming now would stall them all)
                continue;
            }
            Optional<SiteRow> site = claims.claim();
            if (site.isEmpty()) {
                SiteClaims.Counts c = claims.counts();
                progress.runCounts(c.done(), c.total());
                if (c.heldByOthers() == 0) {
                    return; // what is left is in this worker's other threads
                }
                sleep(1000 + ThreadLocalRandom.current().nextInt(1000)); // wait for them, or for their leases to run out
                continue;
            }
            CrawlProgress crawling = progress.siteStarted();
            SiteResult r;
            try {
                r = work.check(site.get(), crawling);
            } finally {
                progress.siteEnded(crawling);
            }
            if (claims.complete(r)) {
                progress.siteDone(r);
            }
        }
    }

    private static void guard(AtomicReference<RuntimeException> failure, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
