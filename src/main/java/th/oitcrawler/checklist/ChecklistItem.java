package th.oitcrawler.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OIT item, e.g. O1 โครงสร้างและอำนาจหน้าที่ of ITA 2568. Immutable; lists are non-empty copies.
 *
 * @param code item code as NACC numbers it, {@code O1}…{@code On}; numbers are reused with other
 *     meanings in other years, so a code means nothing without its checklist
 * @param indicatorCode the indicator it belongs to, e.g. {@code "9"}
 * @param subIndicatorCode the sub-indicator it belongs to, e.g. {@code "9.1"}
 * @param title Thai title
 * @param titleEn English title
 * @param keywords Thai phrases (and synonyms sites use) whose presence in link text, a table row, a page
 *     title or heading says the content is about this item
 * @param freshness the rules any one of which satisfies the item
 * @param evidence the kinds of evidence that count
 * @param confidence how well the research supports this item
 * @param notes content rules a reviewer should know, if any
 */
public record ChecklistItem(
        String code,
        String indicatorCode,
        String subIndicatorCode,
        String title,
        String titleEn,
        List<String> keywords,
        List<FreshnessRule> freshness,
        List<EvidenceKind> evidence,
        Confidence confidence,
        Optional<String> notes) {

    public ChecklistItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(subIndicatorCode, "subIndicatorCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        keywords = nonEmpty(keywords, "keywords", code);
        freshness = nonEmpty(freshness, "freshness", code);
        evidence = nonEmpty(evidence, "evidence", code);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(notes, "notes");
    }

    private static <T> List<T> nonEmpty(List<T> list, String name, String code) {
        List<T> copy = List.copyOf(list);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("item " + code + ": " + name + " must not be empty");
        }
        return copy;
    }
}
