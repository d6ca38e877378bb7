package th.oitcrawler.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.crawl.UrlNormalizer;
import th.oitcrawler.evidence.ProbeResult;
import th.oitcrawler.evidence.SubmittedUrl;
import th.oitcrawler.evidence.UrlProbe;
import th.oitcrawler.freshness.Freshness;
import th.oitcrawler.freshness.FreshnessJudge;
import th.oitcrawler.graph.Edge;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.match.ItemMatcher;
import th.oitcrawler.thai.DateMention;

/**
 * Judges an item at the URLs the agency plans to submit: the NACC panel judges the submitted link.
 * Failing → BROKEN; live but not about the item → WRONG_CONTENT; about it but no links lead there →
 * NOT_REACHABLE; otherwise freshness decides. With several URLs, the best verdict counts.
 */
final class SubmittedJudge {
    private static final List<Verdict> BEST_FIRST = List.of(Verdict.PASS, Verdict.STALE, Verdict.NEEDS_REVIEW,
            Verdict.NOT_REACHABLE, Verdict.WRONG_CONTENT, Verdict.BROKEN, Verdict.NOT_FOUND);
    private final LinkGraph graph;
    private final UrlProbe probe;
    private final Liveness liveness;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final int fiscalYear;
    private final LocalDate asOf;

    SubmittedJudge(LinkGraph graph, UrlProbe probe, Liveness liveness, int fiscalYear, LocalDate asOf) {
        this.graph = graph;
        this.probe = probe;
        this.liveness = liveness;
        this.fiscalYear = fiscalYear;
        this.asOf = asOf;
    }

    ItemResult judge(ChecklistItem item, List<SubmittedUrl> rows) {
        List<ItemResult> each = new ArrayList<>();
        for (SubmittedUrl row : rows) {
            each.add(one(item, row));
        }
        return each.stream().min(Comparator.comparingInt(r -> BEST_FIRST.indexOf(r.verdict()))).orElseThrow();
    }

    private ItemResult one(ChecklistItem item, SubmittedUrl row) {
        String url = normalizer.normalize(row.url()).orElse(row.url());
        return fetched(item, url, probe.probe(url));
    }

    /** Judges {@code url} on an answer already fetched (verify fetches, preserves and judges the same bytes). */
    ItemResult fetched(ChecklistItem item, String url, ProbeResult r) {
        Liveness.Check check = liveness.fromProbe(r);
        String finalUrl = normalizer.normalize(r.finalUrl()).orElse(url);
        String reachableUrl = graph.reachable(url) ? url : graph.reachable(finalUrl) ? finalUrl : null;
        Edge via = reachableUrl == null ? null : graph.clickPath(reachableUrl).isEmpty() ? null
                : graph.inEdges(reachableUrl).stream().findFirst().orElse(null);
        List<DateMention> dates = EvidenceTexts.dates(graph, url, via, check.text());
        EvidenceRef ref = Evidence.ref(graph, reachableUrl == null ? url : reachableUrl, r.status(),
                via == null ? "" : via.anchor(), "submitted", dates);
        if (check.state() != Liveness.State.LIVE) {
            Verdict v = check.state() == Liveness.State.BROKEN ? Verdict.BROKEN : Verdict.NEEDS_REVIEW;
            Reason why = v == Verdict.BROKEN ? Reasons.broken(url, check.problem()) : Reasons.unverified(url, check.problem());
            return new ItemResult(item, v, List.of(ref), List.of(why));
        }
        String about = (check.text() == null ? "" : check.text()) + " " + ItemMatcher.fileName(url)
                + (via == null ? "" : " " + via.anchor() + " " + via.context());
        if (ItemJudge.namedOtherwise(item, reachableUrl == null ? url : reachableUrl, check, graph)) {
            // The row says "O13 HR plan" but the file itself is named as something else: the panel opens the file.
            return new ItemResult(item, Verdict.WRONG_CONTENT, List.of(ref),
                    List.of(Reasons.wrongContent(item, url, check.title())));
        }
        if (!ItemMatcher.mentions(item, about)) {
            Verdict v = check.text() == null && via == null ? Verdict.NEEDS_REVIEW : Verdict.WRONG_CONTENT;
            Reason why = v == Verdict.WRONG_CONTENT ? Reasons.wrongContent(item, url, null)
                    : Reason.of("ไม่มีข้อความให้ตรวจว่า " + url + " เป็นเอกสารของข้อนี้", "nothing to read to tell whether " + url + " is about this item");
            return new ItemResult(item, v, List.of(ref), List.of(why));
        }
        if (reachableUrl == null) {
            return new ItemResult(item, Verdict.NOT_REACHABLE, List.of(ref), List.of(Reasons.notReachable(url)));
        }
        Freshness f = FreshnessJudge.judge(item.freshness(), fiscalYear, asOf, dates);
        return switch (f.status()) {
            case FRESH -> new ItemResult(item, Verdict.PASS, List.of(ref), List.of());
            case STALE -> new ItemResult(item, Verdict.STALE, List.of(ref), List.of(Reasons.stale(f, fiscalYear)));
            case UNDATED -> new ItemResult(item, Verdict.NEEDS_REVIEW, List.of(ref), List.of(Reasons.undated(f)));
        };
    }
}
