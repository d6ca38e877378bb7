package th.oitcrawler.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreshnessRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NOW   | ข้อมูลเป็นปัจจุบัน ณ วันที่ตรวจ (ไม่ต้องระบุปี)",
        "CUR   | ข้อมูลปีงบประมาณ พ.ศ. 2568",
        "PREV  | รายงานของปีงบประมาณก่อนหน้า พ.ศ. 2567",
        "H1    | ครอบคลุมอย่างน้อย 6 เดือนแรกของปีงบประมาณ พ.ศ. 2568 (ต.ค. 2567 – มี.ค. 2568)",
        "MON   | ข้อมูลรายเดือนครบทุกเดือนของปีงบประมาณ พ.ศ. 2568 ตั้งแต่ ต.ค. 2567 ถึงวันที่ตรวจ",
        "MULTI | แผนหลายปีที่ครอบคลุมปีงบประมาณ พ.ศ. 2568",
    })
    void describesInThaiForFiscalYear2568(FreshnessRule rule, String expected) {
        assertEquals(expected, rule.describeTh(2568));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CUR  | data of fiscal year 2568 BE (Oct 2024 – Sep 2025)",
        "PREV | report of the previous fiscal year, 2567 BE (Oct 2023 – Sep 2024)",
        "H1   | covering at least the first six months of fiscal year 2568 BE (Oct 2024 – Mar 2025)",
        "MON  | every month of fiscal year 2568 BE from Oct 2024 up to the check date",
    })
    void describesInEnglishWithGregorianMonths(FreshnessRule rule, String expected) {
        assertEquals(expected, rule.describeEn(2568));
    }

    @Test
    void rejectsAGregorianFiscalYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FreshnessRule.CUR.describeTh(2025));
        assertEquals("fiscal year must be Buddhist era (e.g. 2568), got 2025", e.getMessage());
    }

    @Test
    void jsonSpellingsRoundTrip() {
        for (FreshnessRule r : FreshnessRule.values()) {
            assertEquals(Optional.of(r), FreshnessRule.fromJson(r.json()));
        }
        for (EvidenceKind k : EvidenceKind.values()) {
            assertEquals(Optional.of(k), EvidenceKind.fromJson(k.json()));
        }
        for (Confidence c : Confidence.values()) {
            assertEquals(Optional.of(c), Confidence.fromJson(c.json()));
        }
        assertEquals(Optional.empty(), EvidenceKind.fromJson("PAGE"));
        assertEquals(Optional.empty(), FreshnessRule.fromJson("cur"));
        assertEquals(Optional.empty(), Confidence.fromJson("SINGLE_SOURCE"));
    }

    @Test
    void jacksonWritesTheJsonSpellings() throws Exception {
        assertEquals("[\"single-source\",\"outbound\",\"H1\"]", new ObjectMapper().writeValueAsString(
                List.of(Confidence.SINGLE_SOURCE, EvidenceKind.OUTBOUND, FreshnessRule.H1)));
    }
}
