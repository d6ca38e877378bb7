package th.oitcrawler.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.oitcrawler.check.HomepageProblem;
import th.oitcrawler.check.SiteCheck;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlProgress;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.FetchFailures;
import th.oitcrawler.crawl.PolitenessSlots;
import th.oitcrawler.graph.Node;
import th.oitcrawler.report.Lang;
import th.oitcrawler.report.ReportHtmlWriter;
import th.oitcrawler.report.ReportJsonWriter;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Verdict;

/**
 * Checks one site of a scan: crawl and judge it with the shared politeness slots, write its
 * report.json and report.html under {@code sites/<safe id>/}, and reduce it to a {@link SiteResult}.
 * One site never stops a scan: any failure of the check becomes an ERROR result.
 */
final class SiteWork {
    private final ScanSettings settings;
    private final Checklist checklist;
    private final LocalDate asOf;
    private final PolitenessSlots politeness;

    SiteWork(ScanSettings settings, Checklist checklist, LocalDate asOf, PolitenessSlots politeness) {
        this.settings = settings;
        this.checklist = checklist;
        this.asOf = asOf;
        this.politeness = politeness;
    }

    SiteResult check(SiteRow site, CrawlProgress progress) {
        long start = System.nanoTime();
        try {
            CrawlOptions options = settings.crawlOptions(site.homepage(), politeness);
            CheckReport report = SiteCheck.run(options, checklist, asOf, List.of(), progress);
            String rel = "sites/" + SiteFolders.safeName(site.id()) + "/" + "report.json";
            writeReports(report, settings.outDir().resolve(rel).getParent());
            return result(site, report, rel, seconds(start));
        } catch (Exception e) {
            return SiteResult.error(site, FetchFailures.describe(e), seconds(start));
        }
    }

    private SiteResult result(SiteRow site, CheckReport report, String rel, double seconds) {
        CrawlResult crawl = report.crawl();
        SiteStatus status = status(crawl);
        List<SiteResult.ItemRow> items = new ArrayList<>();
        int order = 0;
        int passed = 0;
        int review = 0;
        for (ItemResult r : report.items()) {
            passed += r.verdict() == Verdict.PASS ? 1 : 0;
            review += r.verdict() == Verdict.NEEDS_REVIEW ? 1 : 0;
            String evidence = r.evidence().isEmpty() ? null : r.evidence().get(0).url();
            items.add(new SiteResult.ItemRow(r.item().code(), order++, r.verdict().name(), ItemOutcome.of(r, status), evidence));
        }
        int failed = report.items().size() - passed - review;
        String problem = status.judged() ? "" : HomepageProblem.describe(crawl).en();
        return new SiteResult(site, status, report.scores().overall(), passed, failed, review, crawl.pages(),
                crawl.errors(), seconds, rel, problem, items);
    }

    /** CHECKED when the homepage was read; BLOCKED when the server refused us; UNKNOWN for any other failure. */
    static SiteStatus status(CrawlResult crawl) {
        if (crawl.homepageFetched()) {
            return SiteStatus.CHECKED;
        }
        Node home = crawl.homepageNode();
        int s = home.status();
        return s == 401 || s == 403 || s == 429 || s == 451 ? SiteStatus.BLOCKED : SiteStatus.UNKNOWN;
    }

    private void writeReports(CheckReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("report.json"), out -> ReportJsonWriter.write(report, out));
        write(dir.resolve("report.html"), out -> ReportHtmlWriter.write(report, settings.lang(), out));
    }

    private interface Body {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path target, Body body) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            body.to(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    }
}
