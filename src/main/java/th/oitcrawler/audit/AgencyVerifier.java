package th.oitcrawler.audit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.net.AddressGuard;
import th.oitcrawler.check.HomepageProblem;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlException;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.SiteCrawler;
import th.oitcrawler.crawl.UrlNormalizer;
import th.oitcrawler.crawl.UserAgent;
import th.oitcrawler.evidence.EvidenceFetcher;
import th.oitcrawler.evidence.SubmissionRow;
import th.oitcrawler.evidence.WarcArchive;
import th.oitcrawler.score.Reason;

/**
 * Verifies one agency: crawls its homepage once, then checks its rows in CSV order. Runs on its own
 * thread; {@link #cutOff} (called by the run when the site's budget is used up) closes its WARC file and
 * makes {@link #result} report the rows not yet checked, while the worker thread winds down by itself.
 */
final class AgencyVerifier implements Runnable {
    private final String agency;
    private final String homepage;
    private final List<SubmissionRow> rows;
    private final Checklist checklist;
    private final LocalDate asOf;
    private final VerifyOptions options;
    private final Path warcPath;
    private final String warcName;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final List<RowResult> done = new ArrayList<>();
    private volatile boolean cutOff;
    private String problem;
    private long pages;
    private double crawlSeconds;
    private boolean crawled;
    private WarcArchive archive;

    AgencyVerifier(String agency, String homepage, List<SubmissionRow> rows, Checklist checklist, LocalDate asOf,
                   VerifyOptions options, Path warcDir, String warcName) {
        this.agency = agency;
        this.homepage = homepage;
        this.rows = List.copyOf(rows);
        this.checklist = checklist;
        this.asOf = asOf;
        this.options = options;
        this.warcPath = warcDir.resolve(warcName);
        this.warcName = warcName;
    }

    @Override
    public void run() {
        CrawlOptions crawlOptions;
        try {
            crawlOptions = options.crawl().apply(URI.create(homepage));
        } catch (RuntimeException e) {
            synchronized (this) {
                problem = "the homepage cannot be crawled: " + e.getMessage();
            }
            return;
        }
        // the evidence fetcher obeys the same SSRF guard as the crawl of this agency's homepage
        try (EvidenceFetcher fetcher = new EvidenceFetcher(options.userAgent(), options.timeoutMs(), options.maxBodyBytes(),
                AddressGuard.forStart(crawlOptions.homepage(), crawlOptions.nameService(), crawlOptions.allowPrivate()))) {
            synchronized (this) {
                if (cutOff) {
                    return;
                }
                archive = WarcArchive.create(warcPath, "oit-crawler/" + UserAgent.VERSION + " verify",
                        "preserved OIT evidence of " + agency + " (" + homepage + ")");
            }
            CrawlResult crawl = SiteCrawler.create().crawl(crawlOptions);
            Reason homepageProblem = HomepageProblem.describe(crawl);
            synchronized (this) {
                crawled = true;
                pages = crawl.pages();
                crawlSeconds = crawl.elapsed().toMillis() / 1000.0;
                problem = homepageProblem == null ? null : homepageProblem.en();
            }
            RowChecker checker = new RowChecker(crawl, checklist, asOf, fetcher, archive);
            for (SubmissionRow row : rows) {
                if (cutOff) {
                    return;
                }
                RowResult r = checker.check(row, url(row), homepageProblem);
                synchronized (this) {
                    if (!cutOff) {
                        done.add(r);
                    }
                }
            }
        } catch (CrawlException e) {
            synchronized (this) {
                problem = cutOff ? problem : "the site could not be crawled: " + e.getMessage();
            }
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                problem = cutOff ? problem : "verification failed: " + e;
            }
        } finally {
            closeArchive();
        }
    }

    /** Stops taking results: rows not done yet are reported as not checked. */
    synchronized void cutOff(Duration budget) {
        cutOff = true;
        problem = "cut off after the site budget of " + budget.toSeconds() + " s ("
                + (crawled ? "while checking URLs" : "during the crawl") + ")";
        closeArchive();
    }

    synchronized AgencyResult result(Duration budget) {
        List<RowResult> all = new ArrayList<>(done);
        Reason why = cutOff ? AuditReasons.cutOff(budget, crawled ? "while checking URLs" : "during the crawl")
                : AuditReasons.crawlFailed(problem == null ? "unknown" : problem);
        for (SubmissionRow row : rows.subList(done.size(), rows.size())) {
            all.add(RowResult.notChecked(row, url(row), why));
        }
        return new AgencyResult(agency, homepage, pages, crawlSeconds, problem, cutOff, "warc/" + warcName, all);
    }

    private String url(SubmissionRow row) {
        return normalizer.normalize(row.url()).orElse(row.url());
    }

    private synchronized void closeArchive() {
        if (archive != null) {
            try {
                archive.close();
            } catch (IOException ignored) {
                // the records written so far are complete gzip members; the manifest lists only those
            }
        }
    }
}
