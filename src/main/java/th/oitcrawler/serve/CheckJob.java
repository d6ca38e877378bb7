package th.oitcrawler.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import th.oitcrawler.crawl.CrawlProgress;

/**
 * One check started from the page: what was asked, and (mutable, thread-safe) how it is going.
 * The id is the report's folder name under the output folder, safe in a URL and a file name.
 */
final class CheckJob {
    enum State { RUNNING, DONE, HOMEPAGE_FAILED, FAILED }

    private final String id;
    private final String homepage;
    private final String host;
    private final String checklistId;
    private final List<String> evidenceErrors;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    private final CrawlProgress progress = new CrawlProgress();
    private volatile State state = State.RUNNING;
    private volatile String message = "";
    private volatile String summary = "";
    private volatile long endNanos;

    CheckJob(String id, String homepage, String host, String checklistId, List<String> evidenceErrors) {
        this.id = id;
        this.homepage = homepage;
        this.host = host;
        this.checklistId = checklistId;
        this.evidenceErrors = List.copyOf(evidenceErrors);
    }

    String id() { return id; }
    String homepage() { return homepage; }
    String host() { return host; }
    String checklistId() { return checklistId; }
    List<String> evidenceErrors() { return evidenceErrors; }
    Instant started() { return started; }
    CrawlProgress progress() { return progress; }
    State state() { return state; }
    /** Why it failed (Thai), or empty. */
    String message() { return message; }
    /** Score and counts once done (Thai), or empty. */
    String summary() { return summary; }

    Duration elapsed() {
        long end = state == State.RUNNING ? System.nanoTime() : endNanos;
        return Duration.ofNanos(end - startNanos);
    }

    boolean hasReport() {
        return state == State.DONE || state == State.HOMEPAGE_FAILED;
    }

    void finish(State s, String summaryText, String messageText) {
        summary = summaryText;
        message = messageText;
        endNanos = System.nanoTime();
        state = s;
    }
}
