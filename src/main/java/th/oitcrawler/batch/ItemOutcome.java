package th.oitcrawler.batch;

import th.oitcrawler.score.EvidenceRef;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Verdict;

/**
 * An item's verdict reduced to what run comparisons need. {@link #UNKNOWN} is anything the tool could
 * not judge (a site that did not answer, NEEDS_REVIEW, a link whose target failed at the network
 * level rather than with an HTTP status): it is never "failing", so a night of timeouts does not
 * read as a wave of failures (issue 5, "ignoring flapping").
 */
public enum ItemOutcome {
    PASS, FAIL, UNKNOWN;

    public static ItemOutcome of(ItemResult r, SiteStatus site) {
        if (!site.judged() || r.verdict() == Verdict.NEEDS_REVIEW) {
            return UNKNOWN;
        }
        if (r.verdict() == Verdict.PASS) {
            return PASS;
        }
        if (r.verdict() == Verdict.BROKEN && !r.evidence().isEmpty()
                && r.evidence().stream().allMatch(ItemOutcome::noHttpAnswer)) {
            return UNKNOWN; // timeout, refused, DNS: may be tonight's network, not the site
        }
        return FAIL;
    }

    private static boolean noHttpAnswer(EvidenceRef e) {
        return e.httpStatus() <= 0;
    }
}
