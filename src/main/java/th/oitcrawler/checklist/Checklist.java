package th.oitcrawler.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The OIT checklist of one ITA assessment year. Immutable and thread-safe. Get one from
 * {@link ChecklistLoader}.
 *
 * @param id checklist id, e.g. {@code "ita-2568"}
 * @param assessmentYear the ITA year this checklist is applied to, Buddhist era; freshness rules are
 *     relative to the fiscal year of the same number
 * @param reusedFor other assessment years (BE) that used the same list, e.g. 2564 and 2565 for ita-2563
 * @param title Thai title
 * @param titleEn English title
 * @param indicators the indicators, in file order
 * @param sources short descriptions of the research the file rests on
 */
public record Checklist(
        String id,
        int assessmentYear,
        List<Integer> reusedFor,
        String title,
        String titleEn,
        List<Indicator> indicators,
        List<String> sources) {

    /** Lowest plausible assessment year (BE); ITA started in its present form around 2560. */
    public static final int MIN_YEAR = 2560;
    /** Highest plausible assessment year (BE); anything later is more likely a typo. */
    public static final int MAX_YEAR = 2600;

    public Checklist {
        Objects.requireNonNull(id, "id");
        checkYear(assessmentYear);
        reusedFor = List.copyOf(reusedFor);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        indicators = List.copyOf(indicators);
        sources = List.copyOf(sources);
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : indicators) {
            for (SubIndicator sub : indicator.subIndicators()) {
                for (ChecklistItem item : sub.items()) {
                    if (!codes.add(item.code())) {
                        throw new IllegalArgumentException("duplicate item code " + item.code());
                    }
                }
            }
        }
    }

    /** A checklist without recorded sources. */
    public Checklist(String id, int assessmentYear, List<Integer> reusedFor, String title, String titleEn,
            List<Indicator> indicators) {
        this(id, assessmentYear, reusedFor, title, titleEn, indicators, List.of());
    }

    /** All items, O1 first, in file order. */
    public List<ChecklistItem> items() {
        return indicators.stream()
                .flatMap(i -> i.subIndicators().stream())
                .flatMap(s -> s.items().stream())
                .toList();
    }

    /** The item with this code (exact, e.g. {@code "O5"}), or empty. */
    public Optional<ChecklistItem> item(String code) {
        return items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The same items applied to another assessment year ({@code --year N}), e.g. ita-2563 for 2565:
     * every freshness rule then counts from fiscal year {@code assessmentYear}. Not limited to
     * {@link #reusedFor()}, since running last year's list provisionally is useful before NACC
     * publishes a new one.
     *
     * @param assessmentYear Buddhist era, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @throws IllegalArgumentException if the year is outside that range (e.g. a Gregorian year)
     */
    public Checklist forYear(int assessmentYear) {
        checkYear(assessmentYear);
        if (assessmentYear == this.assessmentYear) {
            return this;
        }
        return new Checklist(id, assessmentYear, reusedFor, title, titleEn, indicators, sources);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("assessment year must be Buddhist era " + MIN_YEAR + "–"
                    + MAX_YEAR + ", got " + year);
        }
    }
}
