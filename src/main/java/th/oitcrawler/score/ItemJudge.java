package th.oitcrawler.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.freshness.Freshness;
import th.oitcrawler.freshness.FreshnessJudge;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.Node;
import th.oitcrawler.graph.NodeKind;
import th.oitcrawler.match.Candidate;
import th.oitcrawler.match.DocumentName;
import th.oitcrawler.match.ItemMatcher;
import th.oitcrawler.match.Strength;
import th.oitcrawler.thai.DateMention;

/**
 * Judges one item from the candidates the crawl found (the submitted-URL path is
 * {@link SubmittedJudge}). Only the strongest tier of candidates counts, so a weak keyword hit
 * elsewhere never lends its dates to the item.
 */
final class ItemJudge {
    static final int MAX_CHECKED = 8;
    private final LinkGraph graph;
    private final Liveness liveness;
    private final int fiscalYear;
    private final LocalDate asOf;

    ItemJudge(LinkGraph graph, Liveness liveness, int fiscalYear, LocalDate asOf) {
        this.graph = graph;
        this.liveness = liveness;
        this.fiscalYear = fiscalYear;
        this.asOf = asOf;
    }

    ItemResult judge(ChecklistItem item, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return new ItemResult(item, Verdict.NOT_FOUND, List.of(), List.of(Reasons.notFound(item)));
        }
        Strength tier = candidates.get(0).strength();
        List<Candidate> top = candidates.stream().filter(c -> c.strength() == tier).limit(MAX_CHECKED).toList();
        List<Candidate> live = new ArrayList<>();
        List<DateMention> liveDates = new ArrayList<>();
        List<EvidenceRef> evidence = new ArrayList<>();
        List<Reason> problems = new ArrayList<>();
        boolean wrong = false;
        for (Candidate c : top) {
            Liveness.Check check = liveness.check(c.url());
            List<DateMention> dates = EvidenceTexts.dates(graph, c.url(), c.via(), check.text());
            evidence.add(Evidence.ref(graph, c.url(), check.status(), c.label(), foundBy(c), dates));
            if (check.state() == Liveness.State.BROKEN) {
                problems.add(Reasons.broken(c.url(), check.problem()));
            } else if (check.state() == Liveness.State.UNVERIFIED) {
                problems.add(Reasons.unverified(c.url(), check.problem()));
            } else if (namedOtherwise(item, c.url(), check)) {
                wrong = true; // an outbound file (a Drive viewer…) whose own name is about something else
                problems.add(Reasons.wrongContent(item, c.url(), check.title()));
            } else {
                live.add(c);
                liveDates.addAll(dates);
            }
        }
        if (live.isEmpty()) {
            Verdict v = wrong ? Verdict.WRONG_CONTENT
                    : problems.stream().anyMatch(r -> r.en().startsWith("link")) ? Verdict.BROKEN : Verdict.NEEDS_REVIEW;
            return new ItemResult(item, v, evidence, problems);
        }
        Freshness f = FreshnessJudge.judge(item.freshness(), fiscalYear, asOf, liveDates);
        return switch (f.status()) {
            case FRESH -> tier == Strength.CONTEXT
                    ? new ItemResult(item, Verdict.NEEDS_REVIEW, evidence, List.of(Reasons.weakMatch(item)))
                    : new ItemResult(item, Verdict.PASS, evidence, List.of());
            case STALE -> new ItemResult(item, Verdict.STALE, evidence, List.of(Reasons.stale(f, fiscalYear)));
            case UNDATED -> new ItemResult(item, Verdict.NEEDS_REVIEW, evidence, List.of(Reasons.undated(f)));
        };
    }

    /** An off-site file or document whose own name, not just the link row, says what it is: something else. */
    static boolean namedOtherwise(ChecklistItem item, String url, Liveness.Check check, LinkGraph graph) {
        boolean file = graph.node(url).map(n -> n.kind() != NodeKind.PAGE).orElse(false);
        return file && check.text() != null && !ItemMatcher.mentions(item, check.text() + " " + ItemMatcher.fileName(url))
                && DocumentName.namesSomethingElse(item, check.title());
    }

    private boolean namedOtherwise(ChecklistItem item, String url, Liveness.Check check) {
        return namedOtherwise(item, url, check, graph);
    }

    private static String foundBy(Candidate c) {
        return switch (c.strength()) {
            case CODE -> "code";
            case ANCHOR -> "link";
            case TITLE -> "title";
            case SECTION -> "section";
            case CONTEXT -> "row";
        };
    }

    static boolean pageOk(Node n) {
        return n.fetched() && !n.failed() && n.status() < 300;
    }
}
