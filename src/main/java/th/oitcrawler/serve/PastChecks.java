package th.oitcrawler.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import th.oitcrawler.report.ReportFiles;
import th.oitcrawler.thai.BuddhistEra;

/** The list of past checks: this session's, then the report folders already in the output folder. */
final class PastChecks {
    static final int MAX = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the list; {@code live} when it belongs to this session (has a progress page). */
    record Entry(String id, String homepage, String when, String status, boolean hasReport, boolean live) {
    }

    private PastChecks() {
    }

    static List<Entry> list(CheckJobs jobs) {
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CheckJob j : jobs.recent()) {
            seen.add(j.id());
            String status = switch (j.state()) {
                case RUNNING -> "กำลังตรวจ";
                case DONE -> j.summary();
                case HOMEPAGE_FAILED -> "เปิดหน้าแรกไม่ได้";
                case FAILED -> "ตรวจไม่สำเร็จ";
            };
            out.add(new Entry(j.id(), j.homepage(), j.started().atZone(CheckJobs.THAILAND).format(BuddhistEra.DAY_TIME), status,
                    j.hasReport(), true));
        }
        for (Path dir : reportFolders(jobs.outDir())) {
            String id = dir.getFileName().toString();
            if (out.size() >= MAX) {
                break;
            }
            if (seen.add(id)) {
                out.add(fromDisk(dir, id));
            }
        }
        return out;
    }

    private static List<Path> reportFolders(Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(outDir)) {
            return s.filter(d -> FolderNames.isSafe(d.getFileName().toString()))
                    .filter(d -> Files.isRegularFile(d.resolve(ReportFiles.HTML)))
                    .sorted(Comparator.comparing((Path d) -> d.toFile().lastModified()).reversed())
                    .limit(MAX).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Entry fromDisk(Path dir, String id) {
        String homepage = id;
        String status = "";
        try {
            JsonNode r = JSON.readTree(dir.resolve(ReportFiles.JSON).toFile());
            homepage = r.path("homepage").asText(id);
            status = "คะแนนรวม " + String.format(Locale.ROOT, "%.2f", r.path("score").path("overall").asDouble())
                    + " / 100 · " + r.path("checklist").asText("");
        } catch (IOException | RuntimeException e) {
            status = "อ่าน report.json ไม่ได้";
        }
        String when = BuddhistEra.DAY_TIME.format(java.time.Instant.ofEpochMilli(dir.toFile().lastModified()).atZone(CheckJobs.THAILAND));
        return new Entry(id, homepage, when, status, true, false);
    }
}
