package th.oitcrawler.checklist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of thing can be the evidence for an item (research oit-checklists.md §0, codes P, D, X, C).
 * JSON spells the constants in lower case.
 */
public enum EvidenceKind {
    /** An HTML page on the agency's own website (P). */
    PAGE,
    /** A document (PDF, scan, image, spreadsheet) hosted on or linked from the website (D). */
    DOCUMENT,
    /**
     * An external system or account (Facebook page, LINE OA, e-GP, NACC complaint portal) (X); counts
     * only when the link to it is on the agency's own pages.
     */
    OUTBOUND,
    /** An interactive two-way channel: web board, chat, form (C). */
    CHANNEL;

    /** The JSON spelling, e.g. {@code "page"}. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelled {@code value} in JSON (exact lower case), or empty. */
    public static Optional<EvidenceKind> fromJson(String value) {
        for (EvidenceKind kind : values()) {
            if (kind.json().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
