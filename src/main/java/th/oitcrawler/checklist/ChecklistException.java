package th.oitcrawler.checklist;

import java.util.Objects;

/**
 * A checklist that cannot be used: unknown id, unreadable file, malformed JSON or invalid content.
 * The message names the file, the item and the field, e.g.
 * {@code checklists/ita-2568.json: item O5: field "freshness": unknown value "CURR" (expected one of
 * NOW, CUR, PREV, H1, MON, MULTI)}.
 */
public final class ChecklistException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String item;
    private final String field;

    /**
     * @param file the file as the user named it, or the id for an unknown built-in id
     * @param item item code when the problem is inside an item, else null
     * @param field JSON field (a path from the item, or from the root outside items), or null when the
     *     problem concerns the whole file
     * @param problem what is wrong, with the value and what is expected
     */
    public ChecklistException(String file, String item, String field, String problem) {
        this(file, item, field, problem, null);
    }

    ChecklistException(String file, String item, String field, String problem, Throwable cause) {
        super(message(file, item, field, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.item = item;
        this.field = field;
    }

    private static String message(String file, String item, String field, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (item != null) {
            sb.append(": item ").append(item);
        }
        if (field != null) {
            sb.append(": field \"").append(field).append('"');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file as the user named it ({@code checklists/ita-2568.json} for a built-in id); never null. */
    public String getFile() {
        return file;
    }

    /** The item code, e.g. {@code O5}, or null when the problem is outside any item. */
    public String getItem() {
        return item;
    }

    /** The JSON field, or null when the problem concerns the whole file (malformed JSON, unknown id). */
    public String getField() {
        return field;
    }
}
