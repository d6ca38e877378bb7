package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.oitcrawler.checklist.ChecklistLoader;

/** Issue 5: a scan of 20 sites, each on its own loopback address, with bad rows, a dead site and a refusing one. */
class ScanCommandIT {
    @TempDir
    Path tmp;

    @Test
    void scansTwentySitesOnTheirOwnAddressesAndWritesEverySummary() throws Exception {
        int items = ChecklistLoader.load("ita-2568").items().size();
        try (ScanFixtures f = ScanFixtures.tinySites(tmp, 17, 2, 0)) {
            LoopbackSiteServer thai = LoopbackSiteServer.start("127.0.0.19",
                    TinySites.write(tmp.resolve("thai-id"), "อบต. บ้านใหม่"), 0);
            f.servers.add(thai);
            f.add("blocked", LoopbackSiteServer.start("127.0.0.20",
                    TinySites.write(tmp.resolve("blocked"), "ปฏิเสธ", true), 0));
            Path csv = f.sitesCsv(tmp.resolve("sites.csv"),
                    "../บ้าน/ใหม่,อบต. บ้านใหม่,<script>alert(1)</script>," + thai.homepage(),
                    "down,\"=HYPERLINK(\"\"http://evil\"\")\",ลำพูน,http://127.0.0.21:1/",
                    "bad-url,ชื่อ,จังหวัด,ftp://example.org/",
                    "s01,ซ้ำ,ซ้ำ,http://127.0.0.2:1/");
            Path out = tmp.resolve("out");

            ScanFixtures.Cli r = ScanFixtures.cli("scan", "--sites", csv.toString(), "--checklist", "ita-2568",
                    "--out", out.toString(), "--parallel", "6", "--as-of", "2025-06-30", "--delay-ms", "10",
                    "--progress-seconds", "1");

            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains(csv + ": line 22: site bad-url: homepage is not an http(s) URL: \"ftp://example.org/\" (skipped)"), r.err());
            assertTrue(r.err().contains(csv + ": line 23: id s01 appears twice; first kept (skipped)"), r.err());
            assertTrue(r.err().contains("scan: sites 20/20 (100%)"), r.err());
            assertTrue(r.out().contains("run 1 complete: 20 sites (20 checked by this worker)"), r.out());
            try (Connection c = ScanFixtures.sqlite(out)) {
                assertEquals(20, ScanFixtures.count(c, "SELECT COUNT(*) FROM run_sites WHERE state = 'DONE'"));
                assertEquals(List.of("BLOCKED:1", "CHECKED:18", "UNKNOWN:1"), ScanFixtures.strings(c,
                        "SELECT status || ':' || COUNT(*) FROM run_sites GROUP BY status ORDER BY status"));
                assertEquals(20L * items, ScanFixtures.count(c, "SELECT COUNT(*) FROM item_verdicts"));
                assertEquals(2L * items, ScanFixtures.count(c, "SELECT COUNT(*) FROM item_verdicts v JOIN run_sites s "
                        + "ON s.site_id = v.site_id WHERE s.status <> 'CHECKED' AND v.outcome = 'UNKNOWN'"));
                assertEquals(1, ScanFixtures.count(c, "SELECT MAX(attempts) FROM run_sites"));
                for (String report : ScanFixtures.strings(c, "SELECT report FROM run_sites")) {
                    assertTrue(Files.isRegularFile(out.resolve(report)), report);
                    assertTrue(out.resolve(report).normalize().startsWith(out.resolve("sites")), report);
                }
            }
            for (LoopbackSiteServer s : f.servers) {
                assertEquals(1, s.hits("/"), s.homepage() + " homepage fetched once");
            }

            byte[] csvBytes = Files.readAllBytes(out.resolve("summary.csv"));
            String summary = new String(csvBytes, StandardCharsets.UTF_8);
            assertTrue(summary.startsWith("\uFEFF" + SummaryCsvWriter.HEADER + "\r\n"));
            assertEquals(21, summary.split("\r\n").length);
            assertTrue(summary.contains("\r\ndown,\"'=HYPERLINK(\"\"http://evil\"\")\",ลำพูน,"
                    + "http://127.0.0.21:1/,UNKNOWN,,0,0," + items + ","), summary);
            String dashboard = Files.readString(out.resolve("dashboard.html"));
            assertFalse(dashboard.contains("<script>"), "site strings are escaped");
            assertTrue(dashboard.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            assertTrue(dashboard.contains("<svg"));
            assertTrue(dashboard.contains("ณ วันที่ 30 มิถุนายน 2568"), "the as-of date in Thai, Buddhist era");
            assertTrue(dashboard.contains("เว็บไซต์ 20 แห่ง: ตรวจได้ 18 · เปิดไม่ได้ (ไม่ทราบผล) 1 · ปฏิเสธการเข้าถึง 1"), dashboard);
            String json = Files.readString(out.resolve("summary.json"));
            assertTrue(json.contains("\"checked\" : 18"), json);
        }
    }

    @Test
    void aSlowSiteIsCutByItsTimeBudgetAndNothingItMissedIsCalledNotFound() throws Exception {
        // 700 ms per answer and a 2 s budget: the homepage and a page or two, then the budget runs out.
        try (ScanFixtures f = ScanFixtures.tinySites(tmp, 1, 40, 700)) {
            Path csv = f.sitesCsv(tmp.resolve("sites.csv"));
            Path out = tmp.resolve("out");
            ScanFixtures.Cli r = ScanFixtures.cli("scan", "--sites", csv.toString(), "--checklist", "ita-2568",
                    "--out", out.toString(), "--as-of", "2025-06-30", "--delay-ms", "0", "--max-seconds", "2");
            assertEquals(0, r.exitCode(), r.err());
            var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("sites/s01/report.json").toFile());
            List<String> limits = new java.util.ArrayList<>();
            report.path("crawl").path("limitsHit").forEach(h -> limits.add(h.path("limit").asText()));
            assertTrue(limits.contains("time-budget"), report.path("crawl").toString());
            report.path("items").forEach(item -> assertFalse(item.path("verdict").asText().equals("NOT_FOUND"),
                    item.path("code").asText() + ": a site not fully seen cannot be said to lack an item"));
        }
    }
}
