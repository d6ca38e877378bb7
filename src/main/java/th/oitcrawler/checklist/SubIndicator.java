package th.oitcrawler.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A sub-indicator (ประเด็น), e.g. 9.1 ข้อมูลพื้นฐาน, and its items in checklist order.
 *
 * @param code e.g. {@code "9.1"}
 * @param title Thai title
 * @param titleEn English title
 * @param items its items, in file order
 */
public record SubIndicator(String code, String title, String titleEn, List<ChecklistItem> items) {

    public SubIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        items = List.copyOf(items);
    }
}
