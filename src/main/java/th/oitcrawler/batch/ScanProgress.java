package th.oitcrawler.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import th.oitcrawler.crawl.CrawlProgress;

/**
 * Counts a scan worker's progress and shows it: on a terminal one line rewritten in place every
 * second, otherwise a plain line every {@code everyMs} (cron mail, CI logs). Sites done and total
 * count the whole run (other workers too, as of the last refresh); rates and the ETA are this
 * worker's own. Pages count as they are fetched, not when their site is done: a site takes minutes
 * at the politeness delay, and a scan showing "0 pages/s" for its first minutes looks hung. Thread-safe.
 */
final class ScanProgress {
    private final long startNanos = System.nanoTime();
    private final AtomicInteger doneHere = new AtomicInteger();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private final Set<CrawlProgress> running = ConcurrentHashMap.newKeySet();
    private volatile int doneInRun;
    private volatile int total;

    ScanProgress(int doneInRun, int total) {
        this.doneInRun = doneInRun;
        this.total = total;
    }

    /** A site's crawl starts: its pages count from now on. */
    CrawlProgress siteStarted() {
        CrawlProgress p = new CrawlProgress();
        running.add(p);
        return p;
    }

    /** A site's check ended (whatever its outcome); its pages now count through {@link #siteDone}. */
    void siteEnded(CrawlProgress p) {
        running.remove(p);
    }

    void siteDone(SiteResult r) {
        doneHere.incrementAndGet();
        pages.addAndGet(r.pages());
        if (!r.status().judged()) {
            errors.incrementAndGet();
        }
        synchronized (this) {
            doneInRun = Math.min(total, doneInRun + 1);
        }
    }

    /** Refreshes the run-wide counts from the store (other workers finish sites too). */
    synchronized void runCounts(int done, int total) {
        this.doneInRun = done;
        this.total = total;
    }

    /** Sites being checked now by this worker. */
    int running() {
        return running.size();
    }

    int doneHere() {
        return doneHere.get();
    }

    String line() {
        long fetching = 0;
        for (CrawlProgress p : running) {
            fetching += p.snapshot().fetched();
        }
        return line(doneInRun, total, doneHere.get(), running.size(), pages.get() + fetching, errors.get(),
                (System.nanoTime() - startNanos) / 1e9);
    }

    /** The progress text, e.g. "sites 120/300 (40%) · 150 running · 512.3 pages/s · 2 errors · ETA 3 min 05 s". */
    static String line(int done, int total, int doneHere, int running, long pages, int errors, double seconds) {
        int pct = total == 0 ? 100 : (int) (100L * done / total);
        double rate = seconds > 0 ? pages / seconds : 0;
        String eta = "–";
        if (doneHere > 0 && done < total) {
            eta = duration((long) Math.ceil(seconds / doneHere * (total - done)));
        } else if (done >= total) {
            eta = "0 s";
        }
        return String.format(Locale.ROOT, "sites %d/%d (%d%%) · %d running · %.1f pages/s · %d errors · ETA %s",
                done, total, pct, running, rate, errors, eta);
    }

    static String duration(long s) {
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
    }

    /** Shows the progress now: rewrites the terminal line, or prints a log line. */
    void show(PrintWriter err, boolean terminal) {
        if (terminal) {
            err.print("\r" + line() + "   ");
        } else {
            err.println("scan: " + line());
        }
        err.flush();
    }
}
