package th.oitcrawler.batch;

/** What a scan learnt about one site. Only {@link #CHECKED} sites have judged items. */
public enum SiteStatus {
    /** The homepage answered and every item was judged. */
    CHECKED,
    /** The homepage did not answer (timeout, refused, DNS, 5xx): nothing is known, nothing is failing. */
    UNKNOWN,
    /** The site refused us (401, 403, 429, 451): nothing is known, nothing is failing. */
    BLOCKED,
    /** The check itself failed (a bug or an exhausted machine); rerun the site. */
    ERROR;

    public boolean judged() {
        return this == CHECKED;
    }
}
