package th.oitcrawler.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import th.oitcrawler.checklist.Checklist;

/** A finished verify run: every agency with its rows, in CSV order. */
public record VerifyReport(Checklist checklist, LocalDate asOf, List<AgencyResult> agencies, Duration elapsed) {
    public VerifyReport {
        agencies = List.copyOf(agencies);
    }

    public Stream<RowResult> rows() {
        return agencies.stream().flatMap(a -> a.rows().stream());
    }
}
