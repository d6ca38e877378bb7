package th.oitcrawler.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One scan run as stored: which list, which checklist, as of when, and whether it is finished. */
public record RunInfo(long id, String key, int seq, String checklist, LocalDate asOf, String sitesFile,
                      int sitesTotal, int badRows, Instant startedAt, Optional<Instant> finishedAt) {

    static RunInfo read(java.sql.ResultSet r) throws java.sql.SQLException {
        long fin = r.getLong("finished_at");
        boolean unfinished = r.wasNull();
        return new RunInfo(r.getLong("id"), r.getString("run_key"), r.getInt("seq"), r.getString("checklist"),
                LocalDate.parse(r.getString("as_of")), r.getString("sites_file"), r.getInt("sites_total"),
                r.getInt("bad_rows"), Instant.ofEpochMilli(r.getLong("started_at")),
                unfinished ? Optional.empty() : Optional.of(Instant.ofEpochMilli(fin)));
    }

    static final String COLUMNS = "id, run_key, seq, checklist, as_of, sites_file, sites_total, bad_rows, started_at, finished_at";
}
