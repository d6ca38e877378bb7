package th.oitcrawler.report;

import java.util.Comparator;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Verdict;

/**
 * The order people read items in: failing items first, since they are what an admin must fix before
 * submission, then by item number with numbers compared as numbers (O2 before O10).
 */
public final class ItemOrder {
    /** Non-PASS before PASS, then by {@link #BY_CODE}. */
    public static final Comparator<ItemResult> FAILING_FIRST = Comparator
            .comparing((ItemResult r) -> r.verdict() == Verdict.PASS)
            .thenComparing(r -> r.item().code(), ItemOrder::compareCodes);

    private ItemOrder() {
    }

    /** Compares item codes by prefix, then number, then whatever follows: O2 &lt; O10 &lt; O10a. */
    static int compareCodes(String a, String b) {
        int c = prefix(a).compareTo(prefix(b));
        if (c != 0) {
            return c;
        }
        c = Long.compare(number(a), number(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static String prefix(String code) {
        int i = 0;
        while (i < code.length() && !Character.isDigit(code.charAt(i))) {
            i++;
        }
        return code.substring(0, i);
    }

    private static long number(String code) {
        long n = 0;
        boolean seen = false;
        for (int i = prefix(code).length(); i < code.length() && Character.isDigit(code.charAt(i)); i++) {
            n = Math.min(n * 10 + Character.digit(code.charAt(i), 10), Integer.MAX_VALUE);
            seen = true;
        }
        return seen ? n : -1;
    }
}
