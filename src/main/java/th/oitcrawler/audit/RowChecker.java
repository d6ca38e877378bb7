package th.oitcrawler.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.SiteScope;
import th.oitcrawler.evidence.Access;
import th.oitcrawler.evidence.ArchivedCopy;
import th.oitcrawler.evidence.EvidenceFetcher;
import th.oitcrawler.evidence.FetchTrace;
import th.oitcrawler.evidence.OutboundPlatform;
import th.oitcrawler.evidence.RecordedExchange;
import th.oitcrawler.evidence.SubmissionRow;
import th.oitcrawler.evidence.WarcArchive;
import th.oitcrawler.graph.PathStep;
import th.oitcrawler.score.EvidenceRef;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Reason;
import th.oitcrawler.score.SiteChecker;
import th.oitcrawler.score.Verdict;
import th.oitcrawler.thai.DateMention;
import th.oitcrawler.thai.ThaiDateReader;

/**
 * Verifies the rows of one agency after its crawl: fetches each URL once (outbound ones with a HEAD
 * first), preserves every response and every page on its click path, and judges the row with the
 * judge of {@code check} on the very bytes preserved. Used by one thread at a time.
 */
final class RowChecker {
    private final CrawlResult crawl;
    private final Checklist checklist;
    private final java.time.LocalDate asOf;
    private final EvidenceFetcher fetcher;
    private final WarcArchive archive;
    private final SiteScope scope;
    private final Map<String, Fetched> fetched = new ConcurrentHashMap<>();
    private final Map<String, List<ArchivedCopy>> pathPages = new ConcurrentHashMap<>();

    private record Fetched(int headStatus, FetchTrace trace, List<ArchivedCopy> copies) {
    }

    RowChecker(CrawlResult crawl, Checklist checklist, java.time.LocalDate asOf, EvidenceFetcher fetcher,
               WarcArchive archive) {
        this.crawl = crawl;
        this.checklist = checklist;
        this.asOf = asOf;
        this.fetcher = fetcher;
        this.archive = archive;
        this.scope = new SiteScope(URI.create(crawl.graph().homepage()));
    }

    RowResult check(SubmissionRow row, String url, Reason homepageProblem) {
        boolean outbound = !scope.contains(url);
        Fetched f = fetched.computeIfAbsent(url, u -> fetch(u, outbound));
        FetchTrace trace = f.trace();
        Access access = Access.of(trace);
        ChecklistItem item = checklist.items().stream().filter(i -> i.code().equals(row.item())).findFirst().orElseThrow();
        ItemResult judged = homepageProblem != null
                ? new ItemResult(item, Verdict.NEEDS_REVIEW, List.of(), List.of(homepageProblem))
                : SiteChecker.judgeFetched(crawl, checklist.assessmentYear(), asOf, item, url, trace.asProbe());
        EvidenceRef ref = judged.evidence().isEmpty() ? null : judged.evidence().get(0);
        List<PathStep> path = ref != null ? ref.clickPath() : crawl.graph().clickPath(url);
        List<String> dates = ref == null ? List.of() : ref.dates();
        Verdict verdict = judged.verdict();
        List<Reason> reasons = new ArrayList<>(judged.reasons());
        if (access == Access.BLOCKED) {
            verdict = Verdict.NEEDS_REVIEW;
            reasons.clear();
            reasons.add(AuditReasons.blocked(url, trace));
        }
        if (!trace.tls().isEmpty()) {
            reasons.add(AuditReasons.tls(url, trace.tls()));
            verdict = verdict == Verdict.PASS ? Verdict.NEEDS_REVIEW : verdict;
        }
        Boolean matched = itemMatch(judged, access, homepageProblem);
        return new RowResult(row, url, outbound, outbound ? OutboundPlatform.of(url) : null, f.headStatus(),
                hops(trace), trace.error(), access, trace.tls(), trace.hops().isEmpty() ? null : trace.hops().get(0).startedAt(),
                path, dates, fiscalYears(dates), matched, verdict, reasons, f.copies(), preservePath(path, url));
    }

    /** Null when the content was not read (not live, nothing to read), else whether it is about the item. */
    private static Boolean itemMatch(ItemResult judged, Access access, Reason homepageProblem) {
        if (access != Access.LIVE || homepageProblem != null) {
            return null;
        }
        if (judged.verdict() == Verdict.WRONG_CONTENT) {
            return false;
        }
        boolean unread = judged.verdict() == Verdict.NEEDS_REVIEW
                && judged.reasons().stream().anyMatch(r -> r.en().startsWith("nothing to read"));
        return unread ? null : Boolean.TRUE;
    }

    private Fetched fetch(String url, boolean outbound) {
        List<ArchivedCopy> copies = new ArrayList<>();
        int headStatus = 0;
        if (outbound) {
            FetchTrace head = fetcher.head(url);
            headStatus = head.status();
            copies.addAll(save(head));
        }
        FetchTrace get = fetcher.get(url);
        copies.addAll(save(get));
        return new Fetched(headStatus, get, copies);
    }

    /** Preserves every page on the click path except the evidence itself (already preserved). */
    private List<ArchivedCopy> preservePath(List<PathStep> path, String url) {
        List<ArchivedCopy> out = new ArrayList<>();
        for (PathStep step : path) {
            if (step.url().equals(url)) {
                continue;
            }
            out.addAll(pathPages.computeIfAbsent(step.url(), u -> {
                Fetched known = fetched.get(u);
                return known != null ? finalCopies(known.copies()) : save(fetcher.get(u));
            }));
        }
        return out;
    }

    private static List<ArchivedCopy> finalCopies(List<ArchivedCopy> copies) {
        return copies.stream().filter(c -> c.method().equals("GET")).toList();
    }

    private List<ArchivedCopy> save(FetchTrace trace) {
        List<ArchivedCopy> out = new ArrayList<>();
        for (RecordedExchange x : trace.hops()) {
            try {
                archive.save(x).ifPresent(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + archive.file(), e);
            }
        }
        return out;
    }

    private static List<Hop> hops(FetchTrace trace) {
        return trace.hops().stream().map(x -> new Hop(x.method(), x.url(), x.status(), x.header("Location").orElse(null),
                x.header("Content-Type").orElse(null), x.body().length, x.header("Last-Modified").orElse(null),
                x.header("ETag").orElse(null), x.ttfbMs())).toList();
    }

    private static List<Integer> fiscalYears(List<String> dates) {
        return dates.stream().flatMap(d -> ThaiDateReader.read(d).stream()).map(DateMention::fiscalYear)
                .flatMap(java.util.Optional::stream).distinct().sorted().toList();
    }
}
