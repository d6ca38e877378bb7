package th.oitcrawler.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import th.oitcrawler.crawl.CrawlException;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.SiteCrawler;
import th.oitcrawler.graph.Node;
import th.oitcrawler.report.CrawlSummaryText;
import th.oitcrawler.report.GraphJsonWriter;
import th.oitcrawler.report.Lang;

/** Runs a crawl for a command and says plainly when the homepage itself failed. */
final class Crawls {
    private Crawls() {
    }

    static CrawlResult run(CrawlOptions options, PrintWriter err, Lang lang) throws CrawlException {
        err.println(lang.pick("กำลังสำรวจ ", "crawling ") + options.homepage() + " …");
        err.flush();
        return SiteCrawler.create().crawl(options);
    }

    /** One line saying why the homepage could not be read, or null when it could. */
    static String homepageProblem(CrawlResult r, Lang lang) {
        if (r.homepageFetched()) {
            return null;
        }
        Node n = r.homepageNode();
        String why = n.error() != null ? n.error() : n.redirect() ? "redirect loop or broken redirect" : "HTTP " + n.status();
        return lang.pick("เปิดหน้าแรกไม่ได้: ", "homepage could not be fetched: ") + n.url() + " (" + why + ")";
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
