package th.oitcrawler.check;

import java.time.LocalDate;
import java.util.List;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlException;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlProgress;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.SiteCrawler;
import th.oitcrawler.evidence.SubmittedUrl;
import th.oitcrawler.evidence.UrlProbe;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.SiteChecker;

/**
 * Crawl a site and judge every item of a checklist. When the homepage itself cannot be fetched no
 * item is judged from the crawl: every item is NEEDS_REVIEW with that reason, since "the crawler was
 * refused" must never read as "the municipality published nothing".
 */
public final class SiteCheck {
    /** Largest body read from a submitted or outbound URL: enough for titles and dates of a page. */
    static final int PROBE_BODY_BYTES = 2 << 20;

    private SiteCheck() {
    }

    public static CheckReport run(CrawlOptions options, Checklist checklist, LocalDate asOf,
                                  List<SubmittedUrl> submitted) throws CrawlException {
        return run(options, checklist, asOf, submitted, new CrawlProgress());
    }

    /** As {@link #run(CrawlOptions, Checklist, LocalDate, List)}, publishing the crawl's progress. */
    public static CheckReport run(CrawlOptions options, Checklist checklist, LocalDate asOf,
                                  List<SubmittedUrl> submitted, CrawlProgress progress) throws CrawlException {
        CrawlResult crawl = SiteCrawler.create().crawl(options, progress);
        return judge(crawl, options, checklist, asOf, submitted);
    }

    public static CheckReport judge(CrawlResult crawl, CrawlOptions options, Checklist checklist, LocalDate asOf,
                                    List<SubmittedUrl> submitted) {
        if (!crawl.homepageFetched()) {
            return SiteChecker.homepageUnreachable(crawl, checklist, asOf, HomepageProblem.describe(crawl));
        }
        try (UrlProbe probe = UrlProbe.forCrawl(options, PROBE_BODY_BYTES)) {
            return SiteChecker.check(crawl, checklist, asOf, submitted, probe);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("closing the URL probe", e);
        }
    }
}
