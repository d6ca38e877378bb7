package th.oitcrawler.checklist;

import java.util.List;
import java.util.Objects;

/**
 * An ITA indicator (ตัวชี้วัด), e.g. 9 การเปิดเผยข้อมูล, and its sub-indicators in checklist order.
 *
 * @param code e.g. {@code "9"}
 * @param title Thai title
 * @param titleEn English title
 * @param subIndicators its sub-indicators, in file order
 */
public record Indicator(String code, String title, String titleEn, List<SubIndicator> subIndicators) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        subIndicators = List.copyOf(subIndicators);
    }
}
