package th.oitcrawler.checklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads and validates checklists: the facade of this package. Stateless and thread-safe.
 *
 * <p>Validation is strict, since a checklist silently misread would score every site wrongly: unknown
 * fields, unknown rule values, missing or blank required fields, malformed or duplicate item codes and
 * implausible years are all errors, each naming the file, the item code and the field.
 */
public final class ChecklistLoader {

    private ChecklistLoader() {}

    /**
     * Loads {@code idOrPath}: the file at that path when one exists, otherwise the built-in checklist
     * with that id (see {@link #builtInIds()}).
     *
     * @throws ChecklistException if it is neither, or the file is unreadable, malformed or invalid
     */
    public static Checklist load(String idOrPath) {
        Path path = asPath(idOrPath);
        if (path != null && Files.isRegularFile(path)) {
            return load(path);
        }
        String fileName = BuiltInChecklists.fileName(idOrPath);
        byte[] json = BuiltInChecklists.read(idOrPath).orElseThrow(() -> new ChecklistException(idOrPath, null,
                null, "unknown checklist: no such file, and not a built-in id (built-in ids: "
                        + String.join(", ", builtInIds()) + ")"));
        Checklist checklist = parse(json, fileName);
        if (!checklist.id().equals(idOrPath)) {
            // A copied file whose id was not updated would otherwise report under the wrong name.
            throw new ChecklistException(fileName, null, "id",
                    "\"" + checklist.id() + "\" does not match the file name (expected \"" + idOrPath + "\")");
        }
        return checklist;
    }

    /**
     * Loads the checklist file at {@code file} (UTF-8 JSON). Messages name the file as given.
     *
     * @throws ChecklistException if the file is unreadable, malformed or invalid
     */
    public static Checklist load(Path file) {
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ChecklistException(file.toString(), null, null, "cannot read: " + e, e);
        }
        return parse(json, file.toString());
    }

    /** The ids of the checklists shipped with oit-crawler, sorted, e.g. {@code [ita-2563, ita-2568, ita-2569]}. */
    public static List<String> builtInIds() {
        return BuiltInChecklists.ids();
    }

    static Checklist parse(byte[] json, String fileName) {
        return ChecklistValidator.validate(ChecklistReader.read(json, fileName), fileName);
    }

    private static Path asPath(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null; // not a usable path on this system; may still be an id
        }
    }
}
