package th.oitcrawler.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.oitcrawler.thai.BuddhistEra;
import th.oitcrawler.thai.ThaiDigits;

/**
 * Reads {@code --as-of}: yyyy-mm-dd with a Gregorian or Buddhist-era year (2568-06-30 = 2025-06-30),
 * Thai digits allowed. Default: today in Thailand, where the assessment's fiscal years run.
 */
final class AsOfDates {
    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private AsOfDates() {
    }

    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(THAILAND);
        }
        Matcher m = ISO.matcher(ThaiDigits.toAscii(value.strip()));
        if (!m.matches()) {
            throw new UserInputException("--as-of \"" + value + "\" is not a date: write yyyy-mm-dd, e.g. 2025-06-30 or 2568-06-30");
        }
        int year = Integer.parseInt(m.group(1));
        if (year > 2400) {
            year = BuddhistEra.toCe(year); // no Gregorian as-of is after 2400; BE years are 2500+
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new UserInputException("--as-of \"" + value + "\" is not a real date (" + e.getMessage() + ")");
        }
    }
}
