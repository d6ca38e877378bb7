package th.oitcrawler.cli;

import java.io.PrintWriter;
import java.time.Duration;
import th.oitcrawler.crawl.CrawlProgress;
import th.oitcrawler.report.Lang;

/**
 * One updating line on stderr while a long crawl runs (issue 7 item 3): pages fetched and queued,
 * the deepest click level reached, time elapsed. Only on a terminal: when stderr goes to a file or a
 * pipe (scripts, CI, tests) nothing is printed, so logs stay clean.
 */
final class TerminalProgress implements AutoCloseable {
    private static final long EVERY_MS = 500;
    private static final TerminalProgress NONE = new TerminalProgress(null, null, null);

    private final CrawlProgress progress;
    private final PrintWriter err;
    private final Lang lang;
    private final long start = System.nanoTime();
    private Thread thread;
    private int lastLength;

    private TerminalProgress(CrawlProgress progress, PrintWriter err, Lang lang) {
        this.progress = progress;
        this.err = err;
        this.lang = lang;
    }

    /** Starts the line when the JVM has a console; otherwise a no-op that prints nothing. */
    static TerminalProgress startIfTerminal(CrawlProgress progress, PrintWriter err, Lang lang) {
        if (System.console() == null) {
            return NONE;
        }
        TerminalProgress p = new TerminalProgress(progress, err, lang);
        p.thread = new Thread(p::loop, "oit-progress");
        p.thread.setDaemon(true);
        p.thread.start();
        return p;
    }

    /** The line's text, e.g. "สำรวจแล้ว 120 หน้า · รอ 35 · ลึก 3 คลิก · 0:12". */
    static String line(CrawlProgress.Snapshot s, Duration elapsed, Lang lang) {
        long sec = elapsed.toSeconds();
        String time = sec / 60 + ":" + String.format("%02d", sec % 60);
        return lang.pick("สำรวจแล้ว " + s.fetched() + " หน้า · รอ " + s.queued() + " · ลึก " + s.depth() + " คลิก · " + time,
                "fetched " + s.fetched() + " · queued " + s.queued() + " · depth " + s.depth() + " · " + time);
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(EVERY_MS);
                print(line(progress.snapshot(), Duration.ofNanos(System.nanoTime() - start), lang));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void print(String text) {
        // \r returns to the line start; spaces wipe what a longer previous line left behind.
        err.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        err.flush();
        lastLength = text.length();
    }

    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (lastLength > 0) {
                err.print("\r" + " ".repeat(lastLength) + "\r");
                err.flush();
            }
        }
    }
}
