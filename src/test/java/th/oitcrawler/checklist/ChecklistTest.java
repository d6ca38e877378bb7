package th.oitcrawler.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    private static ChecklistItem item(String code, String sub) {
        return new ChecklistItem(code, "9", sub, "ชื่อ " + code, "Title " + code, List.of("คำ " + code),
                List.of(FreshnessRule.CUR), List.of(EvidenceKind.DOCUMENT), Confidence.CONFIRMED, Optional.empty());
    }

    private static Checklist sample() {
        return new Checklist("test", 2563, List.of(2564), "ทดสอบ", "Test", List.of(
                new Indicator("9", "การเปิดเผยข้อมูล", "Information disclosure", List.of(
                        new SubIndicator("9.1", "ข้อมูลพื้นฐาน", "Basic information", List.of(item("O1", "9.1"), item("O2", "9.1"))),
                        new SubIndicator("9.2", "การบริหารงาน", "Administration", List.of(item("O3", "9.2")))))));
    }

    @Test
    void itemsAreFlattenedInFileOrder() {
        assertEquals(List.of("O1", "O2", "O3"), sample().items().stream().map(ChecklistItem::code).toList());
    }

    @Test
    void itemFindsByExactCode() {
        assertEquals("9.2", sample().item("O3").orElseThrow().subIndicatorCode());
        assertTrue(sample().item("O4").isEmpty());
        assertTrue(sample().item("o1").isEmpty());
    }

    @Test
    void forYearKeepsItemsAndChangesOnlyTheYear() {
        Checklist checklist = sample();
        Checklist for2565 = checklist.forYear(2565);

        assertEquals(2565, for2565.assessmentYear());
        assertEquals(checklist.items(), for2565.items());
        assertEquals(checklist.id(), for2565.id());
        assertEquals(checklist.reusedFor(), for2565.reusedFor());
        assertEquals(2563, checklist.assessmentYear());
        assertSame(checklist, checklist.forYear(2563));
    }

    @Test
    void forYearOfAShippedChecklist() {
        Checklist for2565 = ChecklistLoader.load("ita-2563").forYear(2565);
        assertEquals(2565, for2565.assessmentYear());
        assertEquals(43, for2565.items().size());
    }

    @Test
    void forYearRejectsAGregorianYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().forYear(2025));
        assertEquals("assessment year must be Buddhist era 2560–2600, got 2025", e.getMessage());
    }

    @Test
    void recordsCopyTheirLists() {
        List<String> keywords = new ArrayList<>(List.of("โครงสร้าง"));
        ChecklistItem item = new ChecklistItem("O1", "9", "9.1", "โครงสร้าง", "Structure", keywords,
                List.of(FreshnessRule.NOW), List.of(EvidenceKind.PAGE), Confidence.CONFIRMED, Optional.empty());
        keywords.add("แผนผังองค์กร");
        assertEquals(List.of("โครงสร้าง"), item.keywords());
        assertThrows(UnsupportedOperationException.class, () -> item.keywords().add("x"));
    }

    @Test
    void anItemWithoutFreshnessIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ChecklistItem("O1", "9", "9.1", "t", "t",
                List.of("k"), List.of(), List.of(EvidenceKind.PAGE), Confidence.CONFIRMED, Optional.empty()));
    }

    @Test
    void duplicateCodesAreRejected() {
        SubIndicator sub = new SubIndicator("9.1", "t", "t", List.of(item("O1", "9.1"), item("O1", "9.1")));
        assertThrows(IllegalArgumentException.class, () -> new Checklist("x", 2568, List.of(), "t", "t",
                List.of(new Indicator("9", "t", "t", List.of(sub)))));
    }
}
