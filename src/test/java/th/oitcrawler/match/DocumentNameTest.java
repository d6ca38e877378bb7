package th.oitcrawler.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.ChecklistLoader;

class DocumentNameTest {
    private final ChecklistItem hrPlan = ChecklistLoader.load("ita-2569").items().stream()
            .filter(i -> i.code().equals("O13")).findFirst().orElseThrow();

    @Test
    void aFileNamedForSomethingElseContradictsTheRow() {
        assertTrue(DocumentName.namesSomethingElse(hrPlan, "ภาพกิจกรรมวันเด็กแห่งชาติ 2569.pdf - Google ไดรฟ์"));
    }

    @Test
    void genericNamesAndNamesOfTheItemDoNot() {
        assertFalse(DocumentName.namesSomethingElse(hrPlan, "scan0001.pdf - Google Drive"));
        assertFalse(DocumentName.namesSomethingElse(hrPlan, "เอกสารแนบ O13.pdf"));
        assertFalse(DocumentName.namesSomethingElse(hrPlan, "เอกสารแนบ.pdf"));
        assertFalse(DocumentName.namesSomethingElse(hrPlan, "O13.pdf"));
        assertFalse(DocumentName.namesSomethingElse(hrPlan, null));
    }
}
