package th.oitcrawler.batch;

import java.io.PrintWriter;
import java.util.List;

/**
 * The text of {@code diff}: one tab-separated line per changed item,
 * {@code newly-failing|fixed <site> <item> <verdict before> <verdict after> <name> <province>},
 * after a {@code #} header naming the runs, then {@code #} lines for sites that became unknown and the
 * totals.
 */
public final class DiffReport {
    private DiffReport() {
    }

    /** The counts a caller needs for its exit code. */
    public record Totals(long before, long after, int newlyFailing, int fixed, int unknown) {
    }

    /**
     * @param runs none: the newest finished run against the one before it; one: that run against the
     *             finished run before it; two: the first (older) against the second
     * @throws IllegalArgumentException when a run does not exist or there is nothing to compare with
     */
    public static Totals print(ResultStore store, List<Long> runs, PrintWriter out) {
        RunReadout readout = new RunReadout(store);
        RunInfo after;
        RunInfo before;
        if (runs.size() > 2) {
            throw new IllegalArgumentException("--run may be given at most twice (older, newer)");
        }
        if (runs.size() == 2) {
            before = existing(readout, runs.get(0));
            after = existing(readout, runs.get(1));
        } else {
            after = runs.isEmpty() ? readout.finishedRuns(1).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no finished run in this database yet"))
                    : existing(readout, runs.get(0));
            before = readout.previousFinished(after).orElseThrow(() -> new IllegalArgumentException(
                    "no finished run of " + after.checklist() + " before run " + after.id() + " to compare with"));
        }
        out.println("# run " + before.id() + " (" + before.checklist() + ", as of " + before.asOf() + ") -> run "
                + after.id() + " (" + after.checklist() + ", as of " + after.asOf() + ")");
        int[] n = new int[2];
        RunDiff diff = new RunDiff(store);
        diff.changes(before.id(), after.id(), c -> {
            n[c.change() == RunDiff.Change.NEWLY_FAILING ? 0 : 1]++;
            out.println(String.join("\t", c.change() == RunDiff.Change.NEWLY_FAILING ? "newly-failing" : "fixed",
                    c.siteId(), c.item(), c.verdictBefore(), c.verdictAfter(), c.name(), c.province()));
        });
        List<String> unknown = diff.becameUnknown(before.id(), after.id());
        if (!unknown.isEmpty()) {
            out.println("# unknown in run " + after.id() + " (down, refusing or failed; not counted as failing): "
                    + String.join(" ", unknown));
        }
        out.println("# " + n[0] + " newly failing, " + n[1] + " fixed, " + unknown.size() + " site(s) became unknown");
        out.flush();
        return new Totals(before.id(), after.id(), n[0], n[1], unknown.size());
    }

    private static RunInfo existing(RunReadout readout, long id) {
        return readout.run(id).orElseThrow(() -> new IllegalArgumentException("no run " + id + " in this database"));
    }

    /** Convenience for callers outside the package: open, print, close. */
    public static Totals print(String jdbcUrl, List<Long> runs, PrintWriter out) {
        try (ResultStore store = ResultStore.open(jdbcUrl)) {
            return print(store, runs, out);
        }
    }
}
