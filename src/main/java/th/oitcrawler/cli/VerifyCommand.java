package th.oitcrawler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.oitcrawler.audit.AgencyResult;
import th.oitcrawler.audit.Verification;
import th.oitcrawler.audit.VerifyOptions;
import th.oitcrawler.audit.VerifyReport;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.crawl.UserAgent;
import th.oitcrawler.evidence.SubmissionsCsv;
import th.oitcrawler.report.Lang;
import th.oitcrawler.score.Verdict;

/**
 * {@code verify --submissions FILE.csv --checklist <id|file> --out DIR}: the auditor's check of the URLs
 * agencies submitted, with every response preserved in WARC files. Bad CSV rows are named with their
 * line numbers, the others verified, and the exit code is 2 once the outputs are written.
 */
@Command(name = "verify", description = "ตรวจลิงก์หลักฐานที่หน่วยงานส่ง และเก็บสำเนาเป็น WARC / verify submitted evidence URLs and preserve them")
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--submissions", required = true, paramLabel = "CSV",
            description = "submitted URLs: a CSV with header agency,homepage,item,url (UTF-8)")
    Path submissions;

    @Option(names = "--checklist", required = true, paramLabel = "ID|FILE",
            description = "built-in id (ita-2563, ita-2568, ita-2569) or a checklist file")
    String checklistId;

    @Option(names = "--year", paramLabel = "N", description = "apply the checklist to assessment year N (B.E.)")
    Integer year;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge freshness as of this date, yyyy-mm-dd (default: today)")
    String asOf;

    @Option(names = "--out", defaultValue = "oit-verify", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--site-budget-s", defaultValue = "600", paramLabel = "S",
            description = "most seconds one agency (crawl and URLs) may take before it is cut off (default ${DEFAULT-VALUE})")
    int siteBudgetS;

    @Option(names = "--parallel-sites", defaultValue = "2", paramLabel = "N", description = "agencies verified at once (default ${DEFAULT-VALUE})")
    int parallelSites;

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
        Checklist checklist = CheckCommand.checklist(checklistId, year);
        LocalDate date = AsOfDates.parse(asOf);
        VerifyOptions options = new VerifyOptions(crawl::options, Duration.ofSeconds(siteBudgetS), parallelSites,
                crawl.timeoutMs, 8 << 20, UserAgent.DEFAULT);
        SubmissionsCsv.Parsed parsed = read(submissions, checklist);
        parsed.errors().forEach(e -> stderr.println("oit-crawler: " + e));
        parsed.notes().forEach(e -> stderr.println("oit-crawler: note: " + e));
        Path dir = OutputFolders.prepare(out);
        stderr.println(lang.pick("กำลังตรวจ " + parsed.rows().size() + " ลิงก์ …", "verifying " + parsed.rows().size() + " URLs …"));
        stderr.flush();
        VerifyReport report = Verification.run(parsed.rows(), checklist, date, options, dir);
        for (AgencyResult a : report.agencies()) {
            if (a.problem() != null) {
                stderr.println("oit-crawler: " + a.agency() + ": " + a.problem());
            }
        }
        for (Verdict v : Verdict.values()) {
            long n = report.rows().filter(r -> r.verdict() == v).count();
            if (n > 0) {
                stdout.println(lang.pick(v.th(), v.en()) + ": " + n);
            }
        }
        stdout.println(lang.pick("รายงาน: ", "report: ") + dir.resolve(Verification.HTML).toAbsolutePath());
        stdout.println(lang.pick("สำเนา WARC: ", "WARC: ") + dir.resolve(Verification.WARC_DIR).toAbsolutePath());
        stdout.flush();
        if (!parsed.errors().isEmpty()) {
            stderr.println("oit-crawler: " + lang.pick(parsed.errors().size() + " แถวใช้ไม่ได้ (ดูด้านบน) แถวอื่นตรวจแล้ว",
                    parsed.errors().size() + " row(s) unusable (see above); the other rows were verified"));
            return ExitCodes.BAD_INPUT;
        }
        return report.rows().allMatch(r -> r.verdict() == Verdict.PASS) ? ExitCodes.OK : ExitCodes.ITEMS_FAIL;
    }

    private static SubmissionsCsv.Parsed read(Path csv, Checklist checklist) {
        if (!Files.isRegularFile(csv)) {
            throw new UserInputException("--submissions " + csv + ": no such file");
        }
        Set<String> codes = checklist.items().stream().map(ChecklistItem::code).collect(Collectors.toSet());
        try {
            return SubmissionsCsv.read(csv, codes);
        } catch (IOException e) {
            throw new UserInputException("--submissions " + csv + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
