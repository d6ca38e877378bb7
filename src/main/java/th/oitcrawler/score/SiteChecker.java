package th.oitcrawler.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.evidence.ProbeResult;
import th.oitcrawler.evidence.SubmittedUrl;
import th.oitcrawler.evidence.UrlProbe;
import th.oitcrawler.match.ItemMatcher;

/** The facade of `check`: given a crawl, a checklist and the planned submission, every item's verdict. */
public final class SiteChecker {
    private SiteChecker() {
    }

    public static CheckReport check(CrawlResult crawl, Checklist checklist, LocalDate asOf, List<SubmittedUrl> submitted,
                                    UrlProbe probe) {
        Liveness liveness = new Liveness(crawl.graph(), probe);
        ItemMatcher matcher = new ItemMatcher(crawl.graph());
        int fy = checklist.assessmentYear();
        ItemJudge fromCrawl = new ItemJudge(crawl.graph(), liveness, fy, asOf);
        SubmittedJudge fromSubmission = new SubmittedJudge(crawl.graph(), probe, liveness, fy, asOf);
        List<ItemResult> results = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            List<SubmittedUrl> rows = submitted.stream().filter(s -> s.item().equals(item.code())).toList();
            results.add(rows.isEmpty() ? fromCrawl.judge(item, matcher.candidates(item)) : fromSubmission.judge(item, rows));
        }
        Reason unseen = Reasons.siteNotFullySeen(crawl);
        if (unseen != null) {
            // Not found in part of a site is not "not published": the rest was never looked at.
            results.replaceAll(r -> r.verdict() == Verdict.NOT_FOUND
                    ? new ItemResult(r.item(), Verdict.NEEDS_REVIEW, r.evidence(), List.of(unseen)) : r);
        }
        return new CheckReport(crawl.graph().homepage(), checklist, asOf, crawl, results, Scores.of(results));
    }

    /**
     * One submitted URL judged as {@code check} judges it, on an answer the caller already fetched
     * ({@code verify} fetches each URL once, preserves those bytes and judges the same bytes).
     * {@code url} should be normalised as the crawl normalises URLs, so it meets its graph node.
     */
    public static ItemResult judgeFetched(CrawlResult crawl, int fiscalYear, LocalDate asOf, ChecklistItem item,
                                          String url, ProbeResult fetched) {
        Liveness liveness = new Liveness(crawl.graph(), null);
        return new SubmittedJudge(crawl.graph(), null, liveness, fiscalYear, asOf).fetched(item, url, fetched);
    }

    /** Every item NEEDS_REVIEW for {@code why}: nothing can be judged when the homepage did not answer. */
    public static CheckReport homepageUnreachable(CrawlResult crawl, Checklist checklist, LocalDate asOf, Reason why) {
        List<ItemResult> results = checklist.items().stream()
                .map(item -> new ItemResult(item, Verdict.NEEDS_REVIEW, List.of(), List.of(why))).toList();
        return new CheckReport(crawl.graph().homepage(), checklist, asOf, crawl, results, Scores.of(results));
    }
}
