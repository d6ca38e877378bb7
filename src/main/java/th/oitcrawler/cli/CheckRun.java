package th.oitcrawler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import th.oitcrawler.check.SiteCheck;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlException;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.evidence.SubmittedUrl;
import th.oitcrawler.report.CheckSummaryText;
import th.oitcrawler.report.Lang;
import th.oitcrawler.report.ReportFiles;
import th.oitcrawler.report.ReportLabels;
import th.oitcrawler.score.CheckReport;

/** One check as the commands run it: crawl, judge, write the files, print the summary and where they are. */
record CheckRun(CrawlOptions options, Checklist checklist, LocalDate asOf, List<SubmittedUrl> submitted) {

    CheckReport execute(PrintWriter err, Lang lang) throws CrawlException {
        CrawlResult crawl = Crawls.run(options, err, lang);
        err.println(lang.pick("กำลังประเมิน " + checklist.items().size() + " ข้อ ตามเกณฑ์ " + checklist.id()
                        + " ณ วันที่ " + ReportLabels.date(asOf, Lang.TH) + " …",
                "judging " + checklist.items().size() + " items of " + checklist.id() + " as of " + asOf + " …"));
        err.flush();
        return SiteCheck.judge(crawl, options, checklist, asOf, submitted);
    }

    void write(CheckReport report, Path dir, Lang lang, PrintWriter out) throws IOException {
        ReportFiles.write(report, lang, dir);
        CheckSummaryText.print(report, lang, out);
        out.println(lang.pick("รายงาน: ", "report: ") + dir.resolve(ReportFiles.HTML).toAbsolutePath());
        out.println(lang.pick("ข้อมูล JSON: ", "JSON: ") + dir.resolve(ReportFiles.JSON).toAbsolutePath());
        out.flush();
    }
}
