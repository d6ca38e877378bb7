package th.oitcrawler.checklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import th.oitcrawler.checklist.ChecklistFile.IndicatorEntry;
import th.oitcrawler.checklist.ChecklistFile.ItemEntry;
import th.oitcrawler.checklist.ChecklistFile.SubIndicatorEntry;

/**
 * Checks a parsed {@link ChecklistFile} and builds the immutable {@link Checklist}. Fails on the first
 * problem, naming file, item and field: a checklist is configuration and must be right before any crawl
 * (style guide §5). Fields inside an item are named relative to it ({@code freshness}); others by their
 * path from the root ({@code indicators[0].subIndicators[1].title}).
 */
final class ChecklistValidator {

    private static final Pattern ITEM_CODE = Pattern.compile("O[1-9][0-9]*");
    private static final Pattern INDICATOR_CODE = Pattern.compile("[1-9][0-9]*");

    private final String file;
    private final Set<String> itemCodes = new HashSet<>();
    private final Set<String> groupCodes = new HashSet<>();

    private ChecklistValidator(String file) {
        this.file = file;
    }

    /** @param file the file name used in messages */
    static Checklist validate(ChecklistFile f, String file) {
        return new ChecklistValidator(file).checklist(f);
    }

    private Checklist checklist(ChecklistFile f) {
        String id = required(null, "id", f.id());
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw fail(null, "id", "\"" + id + "\" is not a checklist id (use letters, digits, '.', '_', '-', e.g. \"ita-2568\")");
        }
        int year = year(null, "assessmentYear", f.assessmentYear());
        List<Integer> reusedFor = reusedFor(f.reusedFor(), year);
        String title = required(null, "title", f.title());
        String titleEn = required(null, "titleEn", f.titleEn());
        List<String> sources = f.sources() == null ? List.of() : texts(null, "sources", f.sources());
        List<IndicatorEntry> entries = nonEmpty(null, "indicators", f.indicators(), "indicator");
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            indicators.add(indicator(entries.get(i), "indicators[" + i + "]"));
        }
        return new Checklist(id, year, reusedFor, title, titleEn, indicators, sources);
    }

    private Indicator indicator(IndicatorEntry e, String at) {
        if (e == null) {
            throw fail(null, at, "expected an object, found null");
        }
        String code = required(null, at + ".code", e.code());
        if (!INDICATOR_CODE.matcher(code).matches()) {
            throw fail(null, at + ".code", "\"" + code + "\" is not an indicator code (expected a number, e.g. \"9\")");
        }
        unique(null, at + ".code", code, "indicator");
        String title = required(null, at + ".title", e.title());
        String titleEn = required(null, at + ".titleEn", e.titleEn());
        List<SubIndicatorEntry> entries = nonEmpty(null, at + ".subIndicators", e.subIndicators(), "sub-indicator");
        List<SubIndicator> subs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            subs.add(subIndicator(entries.get(i), code, at + ".subIndicators[" + i + "]"));
        }
        return new Indicator(code, title, titleEn, subs);
    }

    private SubIndicator subIndicator(SubIndicatorEntry e, String indicatorCode, String at) {
        if (e == null) {
            throw fail(null, at, "expected an object, found null");
        }
        String code = required(null, at + ".code", e.code());
        if (!code.matches(Pattern.quote(indicatorCode) + "\\.[1-9][0-9]*")) {
            throw fail(null, at + ".code", "\"" + code + "\" is not a sub-indicator of indicator " + indicatorCode
                    + " (expected " + indicatorCode + ".<number>, e.g. \"" + indicatorCode + ".1\")");
        }
        unique(null, at + ".code", code, "sub-indicator");
        String title = required(null, at + ".title", e.title());
        String titleEn = required(null, at + ".titleEn", e.titleEn());
        List<ItemEntry> entries = nonEmpty(null, at + ".items", e.items(), "item");
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            items.add(item(entries.get(i), indicatorCode, code, at + ".items[" + i + "]"));
        }
        return new SubIndicator(code, title, titleEn, items);
    }

    private ChecklistItem item(ItemEntry e, String indicatorCode, String subCode, String at) {
        if (e == null) {
            throw fail(null, at, "expected an object, found null");
        }
        String code = required(null, at + ".code", e.code());
        // From here on the item's code names it in messages, even a malformed one.
        if (!ITEM_CODE.matcher(code).matches()) {
            throw fail(code, "code", "\"" + code + "\" is not an item code (expected O and a number, e.g. \"O5\")");
        }
        if (!itemCodes.add(code)) {
            throw fail(code, "code", "duplicate item code \"" + code + "\" (each code may appear only once)");
        }
        String title = required(code, "title", e.title());
        String titleEn = required(code, "titleEn", e.titleEn());
        if (e.keywords() == null || e.keywords().isEmpty()) {
            throw fail(code, "keywords", (e.keywords() == null ? "required, but missing" : "empty")
                    + " (list the Thai phrases that mark content about this item)");
        }
        List<String> keywords = texts(code, "keywords", e.keywords());
        List<FreshnessRule> freshness = values(code, "freshness", e.freshness(), FreshnessRule::fromJson,
                Arrays.stream(FreshnessRule.values()).map(FreshnessRule::json).toList());
        List<EvidenceKind> evidence = values(code, "evidence", e.evidence(), EvidenceKind::fromJson,
                Arrays.stream(EvidenceKind.values()).map(EvidenceKind::json).toList());
        List<String> confidences = Arrays.stream(Confidence.values()).map(Confidence::json).toList();
        if (e.confidence() == null) {
            throw fail(code, "confidence", "required, but missing (expected one of " + String.join(", ", confidences) + ")");
        }
        Confidence confidence = Confidence.fromJson(e.confidence()).orElseThrow(() -> fail(code, "confidence",
                "unknown value \"" + e.confidence() + "\" (expected one of " + String.join(", ", confidences) + ")"));
        if (e.notes() != null && e.notes().isBlank()) {
            throw fail(code, "notes", "blank (leave the field out when there is nothing to note)");
        }
        return new ChecklistItem(code, indicatorCode, subCode, title, titleEn, keywords, freshness, evidence,
                confidence, Optional.ofNullable(e.notes()).map(String::strip));
    }

    private <E> List<E> values(String item, String field, List<String> raw, Function<String, Optional<E>> parse,
            List<String> allowed) {
        String expected = String.join(", ", allowed);
        if (raw == null || raw.isEmpty()) {
            throw fail(item, field, (raw == null ? "required, but missing" : "empty")
                    + " (list at least one of " + expected + ")");
        }
        List<E> result = new ArrayList<>();
        for (String value : raw) {
            String shown = value == null ? "null" : "\"" + value + "\"";
            E parsed = (value == null ? Optional.<E>empty() : parse.apply(value)).orElseThrow(
                    () -> fail(item, field, "unknown value " + shown + " (expected one of " + expected + ")"));
            if (result.contains(parsed)) {
                throw fail(item, field, "value " + shown + " listed twice");
            }
            result.add(parsed);
        }
        return result;
    }

    private List<String> texts(String item, String field, List<String> raw) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            if (value == null || value.isBlank()) {
                throw fail(item, field, "entry " + (i + 1) + " is " + (value == null ? "null" : "blank"));
            }
            if (result.contains(value.strip())) {
                throw fail(item, field, "\"" + value.strip() + "\" listed twice");
            }
            result.add(value.strip());
        }
        return result;
    }

    private List<Integer> reusedFor(List<Integer> raw, int assessmentYear) {
        if (raw == null) {
            return List.of();
        }
        List<Integer> result = new ArrayList<>();
        for (Integer entry : raw) {
            int year = year(null, "reusedFor", entry);
            if (year == assessmentYear) {
                throw fail(null, "reusedFor", year + " is the assessmentYear itself (list only other years)");
            }
            if (result.contains(year)) {
                throw fail(null, "reusedFor", year + " listed twice");
            }
            result.add(year);
        }
        return result;
    }

    private int year(String item, String field, Integer year) {
        if (year == null) {
            throw fail(item, field, "required, but missing (a Buddhist-era year, e.g. 2568)");
        }
        if (year < Checklist.MIN_YEAR || year > Checklist.MAX_YEAR) {
            String hint = year >= 1900 && year <= 2100 ? "; Gregorian " + year + " is " + (year + 543) + " BE" : "";
            throw fail(item, field, year + " is not a plausible Buddhist-era year (expected "
                    + Checklist.MIN_YEAR + "–" + Checklist.MAX_YEAR + hint + ")");
        }
        return year;
    }

    private String required(String item, String field, String value) {
        if (value == null || value.isBlank()) {
            throw fail(item, field, "required, but missing or blank");
        }
        return value.strip();
    }

    private <T> List<T> nonEmpty(String item, String field, List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw fail(item, field, (list == null ? "required, but missing" : "empty")
                    + " (at least one " + what + " is required)");
        }
        return list;
    }

    private void unique(String item, String field, String code, String what) {
        if (!groupCodes.add(what + " " + code)) {
            throw fail(item, field, "duplicate " + what + " code \"" + code + "\"");
        }
    }

    private ChecklistException fail(String item, String field, String problem) {
        return new ChecklistException(file, item, field, problem);
    }
}
