package th.oitcrawler.crawl;

/**
 * How far a running crawl has got, for a terminal progress line or the {@code serve} status page.
 * The crawler publishes a new {@link Snapshot} every few tens of milliseconds; readers poll
 * {@link #snapshot()} from any thread. Cheap: three numbers the crawl already keeps.
 */
public final class CrawlProgress {
    /**
     * @param fetched URLs fetched so far (pages, redirects and failures)
     * @param queued  URLs scheduled and not yet fetched
     * @param depth   the most clicks from the homepage of any URL scheduled so far
     */
    public record Snapshot(int fetched, int queued, int depth) {
        public static final Snapshot NONE = new Snapshot(0, 0, 0);
    }

    private volatile Snapshot last = Snapshot.NONE;

    /** The latest published state; {@link Snapshot#NONE} before the crawl starts. Thread-safe. */
    public Snapshot snapshot() {
        return last;
    }

    void publish(int fetched, int queued, int depth) {
        last = new Snapshot(Math.max(0, fetched), Math.max(0, queued), Math.max(0, depth));
    }
}
