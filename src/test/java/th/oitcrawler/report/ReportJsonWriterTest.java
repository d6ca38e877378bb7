package th.oitcrawler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.Limit;
import th.oitcrawler.crawl.LimitHit;
import th.oitcrawler.score.CheckReport;

class ReportJsonWriterTest {
    private static JsonNode json() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJsonWriter.write(SampleReports.sample(), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static List<String> fields(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void topLevelFieldsFollowTheContract() throws IOException {
        JsonNode j = json();
        assertEquals(List.of("homepage", "checklist", "assessmentYear", "asOf", "crawl", "items", "score", "counts"),
                fields(j));
        assertEquals(SampleReports.H, j.get("homepage").asText());
        assertEquals("ita-2568", j.get("checklist").asText());
        assertEquals(2568, j.get("assessmentYear").asInt());
        assertEquals("2025-06-30", j.get("asOf").asText());
        JsonNode crawl = j.get("crawl");
        assertEquals(List.of("pages", "documents", "outbound", "errors", "maxDepth", "seconds", "limitsHit"),
                fields(crawl));
        assertEquals(3, crawl.get("pages").asInt());
        assertEquals(1, crawl.get("documents").asInt());
        assertEquals(2, crawl.get("maxDepth").asInt());
        assertEquals(1.0, crawl.get("seconds").asDouble());
        assertTrue(crawl.get("limitsHit").isArray());
    }

    @Test
    void itemCarriesVerdictScoreRulesAndEvidenceWithClickPath() throws IOException {
        JsonNode o1 = json().get("items").get(0);
        assertEquals(List.of("code", "title", "titleEn", "indicator", "subIndicator", "verdict", "score",
                "freshness", "confidence", "evidence", "reasons"), fields(o1));
        assertEquals("O1", o1.get("code").asText());
        assertEquals("โครงสร้างและอำนาจหน้าที่", o1.get("title").asText());
        assertEquals("9", o1.get("indicator").asText());
        assertEquals("9.1", o1.get("subIndicator").asText());
        assertEquals("PASS", o1.get("verdict").asText());
        assertEquals(100, o1.get("score").asInt());
        assertEquals("NOW", o1.get("freshness").get(0).asText());
        assertEquals("confirmed", o1.get("confidence").asText());
        JsonNode ev = o1.get("evidence").get(0);
        assertEquals(List.of("url", "httpStatus", "foundBy", "label", "dates", "clickPath"), fields(ev));
        assertEquals(SampleReports.O1_PDF, ev.get("url").asText());
        assertEquals(200, ev.get("httpStatus").asInt());
        assertEquals("1 ตุลาคม 2567", ev.get("dates").get(0).asText());
        JsonNode path = ev.get("clickPath");
        assertEquals(3, path.size());
        assertEquals(SampleReports.H, path.get(0).get("url").asText());
        assertEquals("", path.get(0).get("anchor").asText());
        assertFalse(path.get(0).has("how"), "the homepage step is not reached by a link");
        assertEquals("ITA 2568", path.get(1).get("anchor").asText());
        assertEquals("a", path.get(1).get("how").asText());
        assertEquals(SampleReports.O1_PDF, path.get(2).get("url").asText());
        assertEquals("O1 โครงสร้างหน่วยงาน", path.get(2).get("anchor").asText());
        assertEquals(0, o1.get("reasons").size());
    }

    @Test
    void unreachableEvidenceHasAnEmptyClickPathAndReasonsCarryFixes() throws IOException {
        JsonNode o2 = json().get("items").get(1);
        assertEquals("NOT_REACHABLE", o2.get("verdict").asText());
        assertEquals(0, o2.get("score").asInt());
        assertTrue(o2.get("evidence").get(0).get("clickPath").isArray());
        assertEquals(0, o2.get("evidence").get(0).get("clickPath").size());
        JsonNode reason = o2.get("reasons").get(0);
        assertEquals(List.of("th", "en", "fixTh", "fixEn"), fields(reason));
        assertEquals("เพิ่มลิงก์ในเมนู ITA", reason.get("fixTh").asText());
        assertEquals(SampleReports.TRICKY_REASON, o2.get("reasons").get(1).get("th").asText());
    }

    @Test
    void scoresFollowChecklistOrderAndCountsNameEveryVerdict() throws IOException {
        JsonNode j = json();
        JsonNode score = j.get("score");
        assertEquals(25.0, score.get("overall").asDouble());
        assertEquals(List.of("overall", "byIndicator", "bySubIndicator"), fields(score));
        assertEquals(List.of("9.1", "9.2"), fields(score.get("bySubIndicator")));
        assertEquals(List.of("PASS", "NOT_REACHABLE", "STALE", "NOT_FOUND", "BROKEN", "WRONG_CONTENT",
                "NEEDS_REVIEW"), fields(j.get("counts")));
        assertEquals(1, j.get("counts").get("STALE").asInt());
        assertEquals(0, j.get("counts").get("BROKEN").asInt());
    }

    @Test
    void thaiAndHostileSiteTextRoundTripExactly() throws IOException {
        JsonNode o10 = json().get("items").get(3);
        assertEquals(SampleReports.HOSTILE_TITLE, o10.get("title").asText());
        JsonNode path = o10.get("evidence").get(0).get("clickPath");
        assertEquals(SampleReports.HOSTILE_ANCHOR, path.get(path.size() - 1).get("anchor").asText());
        assertEquals("ข้อมูลปี 2566", o10.get("reasons").get(0).get("th").asText());
        assertEquals("ลงข้อมูลปี 2568", o10.get("reasons").get(0).get("fixTh").asText());
    }

    @Test
    void limitsHitAreListed() throws IOException {
        CheckReport r = SampleReports.sample();
        CrawlResult cut = new CrawlResult(r.crawl().graph(),
                Map.of(Limit.MAX_PAGES, new LimitHit(Limit.MAX_PAGES, 7, SampleReports.H + "more.php")),
                Duration.ofMillis(1500));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJsonWriter.write(new CheckReport(r.homepage(), r.checklist(), r.asOf(), cut, r.items(), r.scores()), out);
        JsonNode crawl = new ObjectMapper().readTree(out.toByteArray()).get("crawl");
        assertEquals(1.5, crawl.get("seconds").asDouble());
        assertEquals("max-pages", crawl.get("limitsHit").get(0).get("limit").asText());
        assertEquals(7, crawl.get("limitsHit").get(0).get("refused").asInt());
    }
}
