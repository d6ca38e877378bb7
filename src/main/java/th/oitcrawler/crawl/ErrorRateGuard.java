package th.oitcrawler.crawl;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The crawl safeguard (issue 6): when a site starts failing — {@link #CONSECUTIVE} failures in a
 * row, or more than half of the last {@link #WINDOW} fetches — the crawl pauses, tries once more,
 * and stops that site if it still fails. A site that is down or blocking us is not hammered with
 * thousands more requests, and the report says why the crawl ended. Thread-safe.
 */
final class ErrorRateGuard {
    static final int CONSECUTIVE = 20;
    static final int WINDOW = 40;

    enum State { RUNNING, PAUSED, STOPPED }

    private final long pauseMs;
    private final Deque<Boolean> recent = new ArrayDeque<>();
    private int failuresInWindow;
    private int consecutive;
    private State state = State.RUNNING;
    private long pausedUntil;
    private String reason;

    ErrorRateGuard(long pauseMs) {
        this.pauseMs = pauseMs;
    }

    /** Waits out a pause; returns false once the site is stopped (then nothing more is fetched). */
    boolean awaitTurn() throws InterruptedException {
        long wait;
        synchronized (this) {
            if (state == State.STOPPED) {
                return false;
            }
            wait = state == State.PAUSED ? pausedUntil - System.currentTimeMillis() : 0;
        }
        if (wait > 0) {
            Thread.sleep(wait);
        }
        synchronized (this) {
            return state != State.STOPPED;
        }
    }

    /** Records one fetch; a failure is a network/TLS error, 403, 429 or a 5xx (a 404 is the site's dead link, not a spike). */
    synchronized void record(boolean failed) {
        if (state == State.STOPPED) {
            return;
        }
        if (state == State.PAUSED && System.currentTimeMillis() >= pausedUntil) {
            if (failed) {
                state = State.STOPPED;
                return;
            }
            state = State.RUNNING;
            consecutive = 0;
            recent.clear();
            failuresInWindow = 0;
            return;
        }
        consecutive = failed ? consecutive + 1 : 0;
        recent.addLast(failed);
        failuresInWindow += failed ? 1 : 0;
        if (recent.size() > WINDOW && recent.removeFirst()) {
            failuresInWindow--;
        }
        if (state == State.RUNNING) {
            if (consecutive >= CONSECUTIVE) {
                pause(consecutive + " failed fetches in a row");
            } else if (recent.size() >= WINDOW && failuresInWindow * 2 > WINDOW) {
                pause(failuresInWindow + " of the last " + WINDOW + " fetches failed");
            }
        }
    }

    private void pause(String why) {
        state = State.PAUSED;
        pausedUntil = System.currentTimeMillis() + pauseMs;
        reason = why;
    }

    synchronized State state() {
        return state;
    }

    /** Why the site was paused or stopped, or null while it runs normally. */
    synchronized String reason() {
        return reason;
    }
}
