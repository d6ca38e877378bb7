package th.oitcrawler.checklist;

import java.util.List;

/**
 * The JSON shape of a checklist file, exactly as written. Jackson fills it and rejects unknown fields and
 * wrong JSON types; every value may still be null or invalid, which {@link ChecklistValidator} checks
 * before building the model. Enum values stay strings here so the validator can name the bad value.
 */
record ChecklistFile(
        String id,
        Integer assessmentYear,
        List<Integer> reusedFor,
        String title,
        String titleEn,
        List<String> sources,
        List<IndicatorEntry> indicators) {

    record IndicatorEntry(String code, String title, String titleEn, List<SubIndicatorEntry> subIndicators) {}

    record SubIndicatorEntry(String code, String title, String titleEn, List<ItemEntry> items) {}

    record ItemEntry(
            String code,
            String title,
            String titleEn,
            List<String> keywords,
            List<String> freshness,
            List<String> evidence,
            String confidence,
            String notes) {}
}
