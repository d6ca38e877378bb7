package th.oitcrawler.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import th.oitcrawler.check.HomepageProblem;
import th.oitcrawler.crawl.CrawlException;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlProgress;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.SiteCrawler;
import th.oitcrawler.report.CrawlSummaryText;
import th.oitcrawler.report.GraphJsonWriter;
import th.oitcrawler.report.Lang;
import th.oitcrawler.score.Reason;

/** Runs a crawl for a command and says plainly when the homepage itself failed. */
final class Crawls {
    private Crawls() {
    }

    static CrawlResult run(CrawlOptions options, PrintWriter err, Lang lang) throws CrawlException {
        err.println(lang.pick("กำลังสำรวจ ", "crawling ") + options.homepage() + " …");
        err.flush();
        CrawlProgress progress = new CrawlProgress();
        try (TerminalProgress line = TerminalProgress.startIfTerminal(progress, err, lang)) {
            return SiteCrawler.create().crawl(options, progress);
        }
    }

    /** One line saying why the homepage could not be read, or null when it could. */
    static String homepageProblem(CrawlResult r, Lang lang) {
        Reason why = HomepageProblem.describe(r);
        return why == null ? null : lang.pick(why.th(), why.en());
    }

    /** Writes DIR/graph.json and prints the crawl summary with where the graph is. */
    static void writeGraph(CrawlResult r, Path dir, Lang lang, PrintWriter out) throws IOException {
        Path graph = dir.resolve("graph.json");
        try (OutputStream os = Files.newOutputStream(graph)) {
            GraphJsonWriter.write(r, os);
        }
        CrawlSummaryText.print(r, lang, out);
        out.println(lang.pick("กราฟลิงก์: ", "link graph: ") + graph.toAbsolutePath());
    }
}
