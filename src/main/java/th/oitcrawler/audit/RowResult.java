package th.oitcrawler.audit;

import java.time.Instant;
import java.util.List;
import th.oitcrawler.evidence.Access;
import th.oitcrawler.evidence.ArchivedCopy;
import th.oitcrawler.evidence.OutboundPlatform;
import th.oitcrawler.evidence.SubmissionRow;
import th.oitcrawler.evidence.TlsProblem;
import th.oitcrawler.graph.PathStep;
import th.oitcrawler.score.Reason;
import th.oitcrawler.score.Verdict;

/**
 * Everything verify found about one submitted row.
 *
 * @param row            the row as submitted
 * @param url            the URL fetched (normalised as the crawl normalises)
 * @param outbound       true when the URL is outside the agency's site (checked, never crawled)
 * @param platform       which outside service, when outbound
 * @param headStatus     what a HEAD answered (outbound only; 0 otherwise or on failure)
 * @param hops           every GET request from the URL to its final answer
 * @param error          why there was no final answer, or null
 * @param access         what the URL showed a person
 * @param tls            certificate problems met (empty when none)
 * @param fetchedAt      when the GET was sent, or null when not fetched
 * @param clickPath      homepage first, the URL last; empty when no chain of links leads there
 * @param dates          the dates read for it, as written
 * @param fiscalYears    the Buddhist-era fiscal years those dates fall in
 * @param itemMatch      true when the content is about the item, false when not, null when not read
 * @param verdict        as {@code check} would give the item on this URL, adjusted for blocks and TLS
 * @param reasons        why, in Thai and English
 * @param evidenceCopies where each response of the URL (HEAD, redirects, final) was preserved
 * @param pathCopies     where each page of the click path was preserved (homepage first)
 */
public record RowResult(SubmissionRow row, String url, boolean outbound, OutboundPlatform platform, int headStatus,
                        List<Hop> hops, String error, Access access, List<TlsProblem> tls, Instant fetchedAt,
                        List<PathStep> clickPath, List<String> dates, List<Integer> fiscalYears, Boolean itemMatch,
                        Verdict verdict, List<Reason> reasons, List<ArchivedCopy> evidenceCopies,
                        List<ArchivedCopy> pathCopies) {
    public RowResult {
        hops = List.copyOf(hops);
        tls = List.copyOf(tls);
        clickPath = List.copyOf(clickPath);
        dates = List.copyOf(dates);
        fiscalYears = List.copyOf(fiscalYears);
        reasons = List.copyOf(reasons);
        evidenceCopies = List.copyOf(evidenceCopies);
        pathCopies = List.copyOf(pathCopies);
    }

    public boolean reachable() {
        return !clickPath.isEmpty();
    }

    /** The final answer's hop, or null when none came. */
    public Hop last() {
        return hops.isEmpty() ? null : hops.get(hops.size() - 1);
    }

    /** A row that was never fetched (its agency ran out of time, or its homepage was never crawled). */
    static RowResult notChecked(SubmissionRow row, String url, Reason why) {
        return new RowResult(row, url, false, null, 0, List.of(), null, Access.NOT_CHECKED, List.of(), null, List.of(),
                List.of(), List.of(), null, Verdict.NEEDS_REVIEW, List.of(why), List.of(), List.of());
    }
}
