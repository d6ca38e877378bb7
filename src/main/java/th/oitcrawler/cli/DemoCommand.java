package th.oitcrawler.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.evidence.SubmittedUrl;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.fixture.BuiltInFixtures;
import th.oitcrawler.fixture.FixtureHttpServer;
import th.oitcrawler.report.Lang;

/** {@code demo}: serves the built-in fixture municipality on loopback and runs the tool on it. */
@Command(name = "demo", description = "ตรวจเว็บไซต์เทศบาลตัวอย่างในเครื่อง / check the built-in demo municipality (loopback)")
final class DemoCommand implements Callable<Integer> {
    /** The demo municipality publishes for the 2568 assessment; judged as of the end of its period. */
    static final String CHECKLIST = "ita-2568";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

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
            Checklist checklist = CheckCommand.checklist(CHECKLIST, null);
            // The planned submission ships with the site; its {{host:…}} names become the server's address.
            Path csv = dir.resolve("evidence.csv");
            Files.writeString(csv, server.site().expand(Files.readString(server.site().root().resolve("evidence.csv"))));
            List<SubmittedUrl> submitted = CheckCommand.readEvidence(csv, checklist).rows();
            CheckRun run = new CheckRun(options, checklist, AS_OF, submitted);
            CheckReport report = run.execute(spec.commandLine().getErr(), lang);
            run.write(report, dir, lang, stdout);
        }
        return ExitCodes.OK;
    }
}
