package th.oitcrawler.freshness;

import java.util.List;

/**
 * The outcome of a freshness check.
 *
 * @param status what the dates say
 * @param rule   the rule that decided (the one satisfied, or the first one tried)
 * @param used   the date texts that decided, as written on the site
 * @param detail English detail (e.g. the months missing), for reasons
 * @param detailTh Thai detail
 */
public record Freshness(Status status, String rule, List<String> used, String detail, String detailTh) {
    public Freshness {
        used = List.copyOf(used);
    }

    public enum Status { FRESH, STALE, UNDATED }
}
