package th.oitcrawler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistException;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.CrawlOptions;
import th.oitcrawler.crawl.Homepages;
import th.oitcrawler.evidence.EvidenceCsv;
import th.oitcrawler.report.Lang;
import th.oitcrawler.score.CheckReport;

/**
 * {@code check <homepage> --checklist <id|file>}: every item's verdict, as report.json, report.html,
 * items.csv and graph.json. Input is validated before any network work; bad evidence rows are named
 * with their line numbers while the good rows are still checked (exit 2 once the report is written).
 */
@Command(name = "check", description = "ตรวจเว็บไซต์ตามเกณฑ์ OIT และเขียนรายงาน / check a site against an OIT checklist")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "HOMEPAGE", description = "the site's main page")
    String homepage;

    @Option(names = "--checklist", required = true, paramLabel = "ID|FILE",
            description = "built-in id (ita-2563, ita-2568, ita-2569) or a checklist file")
    String checklistId;

    @Option(names = "--year", paramLabel = "N", description = "apply the checklist to assessment year N (B.E.), e.g. 2564 for ita-2563")
    Integer year;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge freshness as of this date, yyyy-mm-dd (default: today)")
    String asOf;

    @Option(names = "--evidence", paramLabel = "CSV", description = "planned submission: a CSV with header item,url")
    Path evidence;

    @Option(names = "--out", defaultValue = "oit-report", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    CrawlMixin crawl;

    @Mixin
    LangMixin langMixin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = langMixin.lang();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CrawlOptions options = crawl.options(Homepages.parse(homepage));
        Checklist checklist = checklist(checklistId, year);
        LocalDate date = AsOfDates.parse(asOf);
        EvidenceCsv.Parsed submitted = evidence == null ? new EvidenceCsv.Parsed(List.of(), List.of())
                : readEvidence(evidence, checklist);
        submitted.errors().forEach(e -> stderr.println("oit-crawler: " + e));
        Path dir = OutputFolders.prepare(out);

        CheckRun run = new CheckRun(options, checklist, date, submitted.rows());
        CheckReport report = run.execute(stderr, lang);
        run.write(report, dir, lang, stdout);
        return exitCode(report, submitted, stderr, lang);
    }

    static Checklist checklist(String idOrPath, Integer year) {
        try {
            Checklist c = ChecklistLoader.load(idOrPath);
            return year == null ? c : c.forYear(year);
        } catch (ChecklistException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    static EvidenceCsv.Parsed readEvidence(Path csv, Checklist checklist) {
        if (!Files.isRegularFile(csv)) {
            throw new UserInputException("--evidence " + csv + ": no such file");
        }
        Set<String> codes = checklist.items().stream().map(ChecklistItem::code).collect(Collectors.toSet());
        try {
            return EvidenceCsv.read(csv, codes);
        } catch (IOException e) {
            throw new UserInputException("--evidence " + csv + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static int exitCode(CheckReport report, EvidenceCsv.Parsed submitted, PrintWriter stderr, Lang lang) {
        String problem = Crawls.homepageProblem(report.crawl(), lang);
        if (problem != null) {
            stderr.println("oit-crawler: " + problem);
            return ExitCodes.HOMEPAGE_UNREACHABLE;
        }
        if (!submitted.errors().isEmpty()) {
            stderr.println("oit-crawler: " + lang.pick(submitted.errors().size() + " แถวในไฟล์หลักฐานใช้ไม่ได้ (ดูด้านบน) แถวอื่นตรวจแล้ว",
                    submitted.errors().size() + " evidence row(s) unusable (see above); the other rows were checked"));
            return ExitCodes.BAD_INPUT;
        }
        return report.allPass() ? ExitCodes.OK : ExitCodes.ITEMS_FAIL;
    }
}
