package th.oitcrawler.match;

import java.util.regex.Pattern;
import th.oitcrawler.checklist.ChecklistItem;

/**
 * Does a file's own name say it is something else? A Drive viewer page or a document is titled by
 * its file name: "ภาพกิจกรรมวันเด็กแห่งชาติ 2569.pdf" linked from the HR-plan row is plainly not the
 * HR plan, while "scan0001.pdf" or "เอกสารแนบ.pdf" says nothing either way and must not be held
 * against the agency.
 */
public final class DocumentName {
    private static final Pattern VIEWER_SUFFIX = Pattern.compile("\\s*[-–|]\\s*(Google\\s*(ไดรฟ์|Drive|Docs|เอกสาร)|OneDrive|Dropbox)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTENSION = Pattern.compile("\\.(pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png)\\b", Pattern.CASE_INSENSITIVE);
    /** Words that name no content: scans, attachments, copies, untitled files. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)เอกสารแนบ|ไฟล์แนบ|เอกสาร|ไฟล์|สแกน|สำเนา|ไม่มีชื่อ|scan(ned)?|img|image|doc(ument)?|file|attach(ment)?|untitled|copy of|new|final|v\\d+");
    /** Letters left after the generic words are removed; six Thai letters are about two short words. */
    private static final int MIN_LETTERS = 6;

    private DocumentName() {
    }

    /** True when {@code title} is a meaningful name that does not mention {@code item}. */
    public static boolean namesSomethingElse(ChecklistItem item, String title) {
        if (title == null || title.isBlank() || ItemMatcher.mentions(item, title)) {
            return false;
        }
        String name = VIEWER_SUFFIX.matcher(title.strip()).replaceAll("");
        name = EXTENSION.matcher(name).replaceAll(" ");
        name = GENERIC.matcher(name).replaceAll(" ");
        long letters = name.codePoints().filter(Character::isLetter).count();
        return letters >= MIN_LETTERS;
    }
}
