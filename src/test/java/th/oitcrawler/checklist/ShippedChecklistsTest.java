package th.oitcrawler.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every checklist shipped in checklists/ loads and has the shape the research describes. */
class ShippedChecklistsTest {

    @Test
    void builtInIdsAreTheShippedFiles() {
        assertEquals(List.of("ita-2563", "ita-2568", "ita-2569"), ChecklistLoader.builtInIds());
    }

    @ParameterizedTest
    @CsvSource({"ita-2563, 2563, 43", "ita-2568, 2568, 28", "ita-2569, 2569, 26"})
    void loadsWithContiguousCodesAndKeywords(String id, int year, int count) {
        Checklist checklist = ChecklistLoader.load(id);

        assertEquals(id, checklist.id());
        assertEquals(year, checklist.assessmentYear());
        List<String> expected = IntStream.rangeClosed(1, count).mapToObj(n -> "O" + n).toList();
        assertEquals(expected, checklist.items().stream().map(ChecklistItem::code).toList());
        for (ChecklistItem item : checklist.items()) {
            int keywords = item.keywords().size();
            assertTrue(keywords >= 3 && keywords <= 8, item.code() + " has " + keywords + " keywords");
            assertTrue(item.subIndicatorCode().startsWith(item.indicatorCode() + "."), item.code());
        }
        assertEquals(List.of("9", "10"), checklist.indicators().stream().map(Indicator::code).toList());
    }

    @Test
    void ita2563IsReusedFor2564And2565() {
        assertEquals(List.of(2564, 2565), ChecklistLoader.load("ita-2563").reusedFor());
    }

    @Test
    void aPathToAShippedFileLoadsTheSameChecklist() {
        // Surefire runs in the project directory, where the shipped files live.
        assertEquals(ChecklistLoader.load("ita-2568"), ChecklistLoader.load("checklists/ita-2568.json"));
        assertEquals(ChecklistLoader.load("ita-2568"), ChecklistLoader.load(Path.of("checklists", "ita-2568.json")));
    }

    // Rows the research leaves open; these pin the interpretation written into the files.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ita-2568 | O19 | PREV H1",   // complaint statistics: the research's crawler rule
        "ita-2569 | O18 | PREV H1",
        "ita-2568 | O11 | PREV CUR",  // service statistics: previous or current FY
        "ita-2563 | O16 | PREV CUR",
        "ita-2563 | O23 | MON",
        "ita-2568 | O16 | CUR",       // NOW + CUR: judged on the current-year activities
        "ita-2568 | O5  | MULTI",
    })
    void freshnessFollowsTheResearch(String id, String code, String rules) {
        ChecklistItem item = ChecklistLoader.load(id).item(code).orElseThrow();
        assertEquals(rules, String.join(" ", item.freshness().stream().map(FreshnessRule::json).toList()));
    }

    @Test
    void contactItemOf2568NeedsAPageAndATwoWayChannel() {
        ChecklistItem o3 = ChecklistLoader.load("ita-2568").item("O3").orElseThrow();
        assertEquals(List.of(EvidenceKind.PAGE, EvidenceKind.CHANNEL, EvidenceKind.OUTBOUND), o3.evidence());
        assertTrue(o3.keywords().contains("Q&A"));
    }

    @Test
    void itemsRecordTheirGroupAndConfidence() {
        Checklist checklist = ChecklistLoader.load("ita-2569");
        ChecklistItem o2 = checklist.item("O2").orElseThrow();
        assertEquals("9", o2.indicatorCode());
        assertEquals("9.1", o2.subIndicatorCode());
        assertEquals(Confidence.UNCERTAIN, o2.confidence());
        ChecklistItem o25 = checklist.item("O25").orElseThrow();
        assertEquals("10.2", o25.subIndicatorCode());
        assertEquals(Confidence.SINGLE_SOURCE, o25.confidence());
    }
}
