package th.oitcrawler.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.Homepages;
import th.oitcrawler.crawl.LimitHit;
import th.oitcrawler.crawl.UrlNormalizer;
import th.oitcrawler.evidence.ProbeResult;
import th.oitcrawler.evidence.UrlProbe;
import th.oitcrawler.graph.PathStep;
import th.oitcrawler.report.Lang;

/** {@code path <homepage> <url>}: how a person clicks from the homepage to a URL, or why they cannot. */
@Command(name = "path", description = "แสดงเส้นทางคลิกจากหน้าแรกไปยัง URL / show the click path from the homepage to a URL")
final class PathCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "HOMEPAGE")
    String homepage;

    @Parameters(index = "1", paramLabel = "URL")
    String target;

    @Mixin
    CrawlMixin crawl;

    @Mixin
    LangMixin langMixin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = langMixin.lang();
        CrawlOptions options = crawl.options(Homepages.parse(homepage));
        String url = new UrlNormalizer().normalize(Homepages.parse(target).toString())
                .orElseThrow(() -> new UserInputException("not a valid URL: \"" + target + "\""));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CrawlResult result = Crawls.run(options, err, lang);
        String problem = Crawls.homepageProblem(result, lang);
        if (problem != null) {
            err.println("oit-crawler: " + problem);
            return ExitCodes.HOMEPAGE_UNREACHABLE;
        }
        List<PathStep> path = result.graph().clickPath(url);
        if (!path.isEmpty()) {
            printPath(path, lang, out);
            return ExitCodes.OK;
        }
        out.println(lang.pick("ไปไม่ถึง: ไม่มีลิงก์จากหน้าแรกที่พาไปยัง ", "NOT REACHABLE: no chain of links from the homepage leads to ")
                + url + lang.pick(" (ภายใน " + options.maxDepth() + " คลิก)", " (within " + options.maxDepth() + " clicks)"));
        for (LimitHit h : result.limits()) {
            out.println("  " + lang.pick("ชนขีดจำกัด: " + h.limit().th(), "limit hit: " + h.limit().en()));
        }
        try (UrlProbe probe = UrlProbe.forCrawl(options, 64 * 1024)) {
            ProbeResult r = probe.probe(url);
            out.println(r.live()
                    ? lang.pick("URL นี้เปิดได้ (HTTP ", "the URL itself answers (HTTP ") + r.status() + ")"
                    : lang.pick("URL นี้เปิดไม่ได้: ", "the URL itself fails: ") + r.failure().orElse("?"));
        }
        return ExitCodes.ITEMS_FAIL;
    }

    static void printPath(List<PathStep> path, Lang lang, PrintWriter out) {
        out.println(lang.pick("เส้นทางคลิก (", "click path (") + (path.size() - 1) + lang.pick(" ขั้น):", " steps):"));
        for (int i = 0; i < path.size(); i++) {
            PathStep s = path.get(i);
            if (i == 0) {
                out.println("  " + lang.pick("หน้าแรก ", "homepage ") + s.url());
            } else {
                out.printf("  %d. [%s] → %s%s%n", i, s.anchor().isEmpty() ? "-" : s.anchor(), s.url(),
                        s.kind().clicks() == 0 ? " (" + s.kind().jsonName() + ")" : "");
            }
        }
    }
}
