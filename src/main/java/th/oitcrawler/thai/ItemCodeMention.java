package th.oitcrawler.thai;

import java.util.Objects;

/**
 * An OIT item code found in text.
 *
 * @param code canonical code, e.g. "O1"
 * @param start offset of the code as written in the input (UTF-16 units)
 * @param end exclusive end offset
 */
public record ItemCodeMention(String code, int start, int end) {
  public ItemCodeMention {
    Objects.requireNonNull(code, "code");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + code);
    }
  }
}
