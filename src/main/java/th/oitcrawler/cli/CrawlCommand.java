package th.oitcrawler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.Homepages;

/** {@code crawl <homepage> --out DIR}: the link graph with every URL's click path, as graph.json. */
@Command(name = "crawl", description = "สำรวจเว็บไซต์จากหน้าแรกและบันทึกกราฟลิงก์ / crawl a site into DIR/graph.json")
final class CrawlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "HOMEPAGE", description = "the site's main page")
    String homepage;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Mixin
    CrawlMixin crawl;

    @Mixin
    LangMixin lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var options = crawl.options(Homepages.parse(homepage));
        Path dir = OutputFolders.prepare(out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CrawlResult result = Crawls.run(options, stderr, lang.lang());
        Crawls.writeGraph(result, dir, lang.lang(), stdout);
        String problem = Crawls.homepageProblem(result, lang.lang());
        if (problem != null) {
            stderr.println("oit-crawler: " + problem);
            return ExitCodes.HOMEPAGE_UNREACHABLE;
        }
        return ExitCodes.OK;
    }
}
