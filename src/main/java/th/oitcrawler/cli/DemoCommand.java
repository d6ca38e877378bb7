package th.oitcrawler.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.fixture.BuiltInFixtures;
import th.oitcrawler.fixture.FixtureHttpServer;
import th.oitcrawler.report.Lang;

/** {@code demo}: serves the built-in fixture municipality on loopback and runs the tool on it. */
@Command(name = "demo", description = "ทดลองกับเว็บไซต์ตัวอย่างในเครื่อง / run on the built-in demo site (loopback)")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "oit-demo", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    LangMixin langMixin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = langMixin.lang();
        Path dir = OutputFolders.prepare(out);
        PrintWriter stdout = spec.commandLine().getOut();
        try (FixtureHttpServer server = FixtureHttpServer.start(BuiltInFixtures.open("demo"))) {
            String home = server.site().homepage();
            stdout.println(lang.pick("เว็บไซต์ตัวอย่าง: ", "demo site: ") + home);
            CrawlOptions options = CrawlOptions.builder(URI.create(home)).delayMs(0).build();
            CrawlResult result = Crawls.run(options, spec.commandLine().getErr(), lang);
            Crawls.writeGraph(result, dir, lang, stdout);
        }
        return ExitCodes.OK;
    }
}
