package th.oitcrawler.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken checklist files fail with messages naming file, item and field. */
class ChecklistLoaderTest {

    private static final String VALID = """
            {
              "id": "test",
              "assessmentYear": 2568,
              "reusedFor": [],
              "title": "ทดสอบ",
              "titleEn": "Test",
              "indicators": [
                { "code": "9", "title": "การเปิดเผยข้อมูล", "titleEn": "Information disclosure",
                  "subIndicators": [
                    { "code": "9.1", "title": "ข้อมูลพื้นฐาน", "titleEn": "Basic information",
                      "items": [
                        { "code": "O1", "title": "โครงสร้าง", "titleEn": "Structure",
                          "keywords": ["โครงสร้าง"], "freshness": ["NOW"], "evidence": ["page"],
                          "confidence": "confirmed" },
                        { "code": "O5", "title": "แผน", "titleEn": "Plan",
                          "keywords": ["แผนพัฒนา"], "freshness": ["CUR"], "evidence": ["document"],
                          "confidence": "uncertain", "notes": "ตรวจปี" }
                      ] } ] } ]
            }
            """;

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void loadsAValidFileFromAPath() throws IOException {
        Checklist checklist = ChecklistLoader.load(write(VALID).toString());

        assertEquals("test", checklist.id());
        ChecklistItem o5 = checklist.item("O5").orElseThrow();
        assertEquals(List.of(FreshnessRule.CUR), o5.freshness());
        assertEquals(List.of(EvidenceKind.DOCUMENT), o5.evidence());
        assertEquals(Confidence.UNCERTAIN, o5.confidence());
        assertEquals(Optional.of("ตรวจปี"), o5.notes());
        assertEquals(Optional.empty(), checklist.item("O1").orElseThrow().notes());
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws IOException {
        // Windows editors save "UTF-8" with a BOM; admins edit checklists there.
        Path file = dir.resolve("bom.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, bom);
        Files.writeString(file, VALID, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(2, ChecklistLoader.load(file).items().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unknown item field | \"confidence\": \"confirmed\" } | \"confidence\": \"confirmed\", \"keyword\": [\"x\"] }"
            + " | item O1: field \"keyword\": unknown field (expected one of code, title, titleEn, keywords, freshness, evidence, confidence, notes)",
        "unknown root field | \"reusedFor\": [], | \"reusedFor\": [], \"year\": 2568,"
            + " | field \"year\": unknown field (expected one of id, assessmentYear, reusedFor, title, titleEn, sources, indicators)",
        "missing item title | \"title\": \"แผน\", | ` ` | item O5: field \"title\": required, but missing or blank",
        "blank checklist title | \"title\": \"ทดสอบ\" | \"title\": \"  \" | field \"title\": required, but missing or blank",
        "bad freshness | [\"CUR\"] | [\"CURR\"]"
            + " | item O5: field \"freshness\": unknown value \"CURR\" (expected one of NOW, CUR, PREV, H1, MON, MULTI)",
        "empty freshness | [\"NOW\"] | []"
            + " | item O1: field \"freshness\": empty (list at least one of NOW, CUR, PREV, H1, MON, MULTI)",
        "repeated freshness | [\"NOW\"] | [\"NOW\", \"NOW\"] | item O1: field \"freshness\": value \"NOW\" listed twice",
        "bad evidence | [\"document\"] | [\"pdf\"]"
            + " | item O5: field \"evidence\": unknown value \"pdf\" (expected one of page, document, outbound, channel)",
        "bad confidence | \"uncertain\" | \"maybe\""
            + " | item O5: field \"confidence\": unknown value \"maybe\" (expected one of confirmed, single-source, uncertain)",
        "duplicate code | \"code\": \"O5\" | \"code\": \"O1\""
            + " | item O1: field \"code\": duplicate item code \"O1\" (each code may appear only once)",
        "malformed code | \"code\": \"O5\" | \"code\": \"5\""
            + " | item 5: field \"code\": \"5\" is not an item code (expected O and a number, e.g. \"O5\")",
        "missing code | \"code\": \"O5\", | ` `"
            + " | field \"indicators[0].subIndicators[0].items[1].code\": required, but missing or blank",
        "sub-indicator of another indicator | \"code\": \"9.1\" | \"code\": \"10.1\""
            + " | field \"indicators[0].subIndicators[0].code\": \"10.1\" is not a sub-indicator of indicator 9 (expected 9.<number>, e.g. \"9.1\")",
        "blank keyword | [\"โครงสร้าง\"] | [\"โครงสร้าง\", \" \"] | item O1: field \"keywords\": entry 2 is blank",
        "keyword of the wrong type | [\"โครงสร้าง\"] | [\"โครงสร้าง\", 7]"
            + " | item O1: field \"keywords\": entry 2: wrong type: expected text, found 7",
        "keywords not a list | [\"แผนพัฒนา\"] | \"แผนพัฒนา\""
            + " | item O5: field \"keywords\": wrong type: expected a list, found text \"แผนพัฒนา\"",
        "number as text | \"titleEn\": \"Plan\" | \"titleEn\": 5 | item O5: field \"titleEn\": wrong type: expected text, found 5",
        "year as text | 2568 | \"2568\" | field \"assessmentYear\": wrong type: expected a whole number, found text \"2568\"",
        "gregorian year | 2568 | 2025"
            + " | field \"assessmentYear\": 2025 is not a plausible Buddhist-era year (expected 2560–2600; Gregorian 2025 is 2568 BE)",
        "reused for its own year | \"reusedFor\": [] | \"reusedFor\": [2568]"
            + " | field \"reusedFor\": 2568 is the assessmentYear itself (list only other years)",
        "bad JSON | \"confirmed\" }, | \"confirmed\" }"
            + " | line 15, column 13: malformed JSON: Unexpected character ('{' (code 123)): was expecting comma to separate Array entries",
        "duplicate JSON key | \"id\": \"test\", | \"id\": \"test\", \"id\": \"test2\","
            + " | line 2, column 21: malformed JSON: Duplicate field 'id'",
    })
    void rejectsMalformedFile(String name, String from, String to, String expected) throws IOException {
        assertEquals(VALID.indexOf(from), VALID.lastIndexOf(from), "mutation must hit exactly one place: " + from);
        Path file = write(VALID.replace(from, to.isBlank() ? "" : to));

        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file));

        assertEquals(file + ": " + expected, e.getMessage());
        assertEquals(file.toString(), e.getFile());
    }

    @Test
    void exceptionCarriesItemAndField() throws IOException {
        Path file = write(VALID.replace("[\"CUR\"]", "[\"CURR\"]"));
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file));
        assertEquals("O5", e.getItem());
        assertEquals("freshness", e.getField());
    }

    @Test
    void malformedJsonHasNoItemOrField() throws IOException {
        Path file = write("{ \"id\": ");
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file));
        assertNull(e.getItem());
        assertNull(e.getField());
    }

    @Test
    void aTopLevelArrayIsRejected() throws IOException {
        Path file = write("[]");
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file));
        assertEquals(file + ": expected a JSON object at the top level, found a list", e.getMessage());
    }

    @Test
    void unknownBuiltInIdListsTheBuiltInIds() {
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load("ita-2570"));
        assertEquals("ita-2570: unknown checklist: no such file, and not a built-in id"
                + " (built-in ids: ita-2563, ita-2568, ita-2569)", e.getMessage());
        assertEquals("ita-2570", e.getFile());
    }

    @Test
    void aMissingPathIsReportedAsUnknown() {
        ChecklistException e = assertThrows(ChecklistException.class,
                () -> ChecklistLoader.load(dir.resolve("nope.json").toString()));
        assertEquals(dir.resolve("nope.json") + ": unknown checklist: no such file, and not a built-in id"
                + " (built-in ids: ita-2563, ita-2568, ita-2569)", e.getMessage());
    }

    @Test
    void anIdCannotReachOtherResources() {
        assertThrows(ChecklistException.class, () -> ChecklistLoader.load("../checklists/ita-2568"));
        assertThrows(ChecklistException.class, () -> ChecklistLoader.load("ita-2568.json"));
    }
}
