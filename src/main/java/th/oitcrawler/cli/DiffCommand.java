package th.oitcrawler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.oitcrawler.batch.DiffReport;
import th.oitcrawler.batch.ResultStore;

/**
 * {@code diff --db URL [--run A --run B]}: per site and item, what newly fails and what was fixed
 * between two scan runs; sites and items that were unknown (down, refusing, network failures) are
 * never counted as failing. Exit 1 when something newly fails.
 */
@Command(name = "diff", description = "เปรียบเทียบผลสองรอบ: ข้อที่เพิ่งไม่ผ่านและข้อที่แก้แล้ว / what newly fails and what was fixed between two scan runs")
final class DiffCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "JDBC-URL", description = "results database of the scans")
    String db;

    @Option(names = "--out", paramLabel = "DIR", description = "a scan output folder (its scan.db), instead of --db")
    Path out;

    @Option(names = "--run", paramLabel = "ID", description = "older run, then newer (default: the two newest finished runs)")
    List<Long> runs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((db == null) == (out == null)) {
            throw new UserInputException("give either --db JDBC-URL or --out DIR");
        }
        if (out != null && !Files.isRegularFile(out.resolve(ResultStore.DEFAULT_FILE))) {
            throw new UserInputException("--out " + out + ": no " + ResultStore.DEFAULT_FILE + " there (not a scan folder)");
        }
        String url = db != null ? db : ResultStore.defaultUrl(out);
        DiffReport.Totals t = DiffReport.print(url, runs, spec.commandLine().getOut());
        return t.newlyFailing() > 0 ? ExitCodes.ITEMS_FAIL : ExitCodes.OK;
    }
}
