package th.oitcrawler.checklist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * How well the research supports an item's number, title and rules (research oit-checklists.md §0).
 * Reports show it so a reviewer knows which rules to verify against that year's NACC manual.
 */
public enum Confidence {
    /** ✅ seen in at least two independent sources. */
    CONFIRMED("confirmed"),
    /** ☑️ seen in one source. */
    SINGLE_SOURCE("single-source"),
    /** ⚠️ reconstructed, not confirmed by a retrieved source. */
    UNCERTAIN("uncertain");

    private final String json;

    Confidence(String json) {
        this.json = json;
    }

    /** The JSON spelling, e.g. {@code "single-source"}. */
    @JsonValue
    public String json() {
        return json;
    }

    /** The constant spelled {@code value} in JSON, or empty. */
    public static Optional<Confidence> fromJson(String value) {
        for (Confidence c : values()) {
            if (c.json.equals(value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
