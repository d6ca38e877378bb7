/**
 * Thai-language primitives: Thai digits, text normalisation for matching, OIT item codes (O1, OIT 1,
 * ข้อ O๑ …), Buddhist-era years, Thai fiscal years and a reader of the dates and years written on
 * municipal pages.
 *
 * <p>Takes plain {@code String}s (already extracted from HTML or PDF); gives values ({@link
 * th.oitcrawler.thai.FiscalYear}, {@link th.oitcrawler.thai.DateMention}, {@link
 * th.oitcrawler.thai.ItemCodeMention}) whose offsets point into the caller's original string. It
 * does no I/O, keeps no mutable state (every class is thread-safe) and depends on nothing else in
 * oit-crawler. It does not decide freshness: whether a date is "of the required period" is the
 * {@code freshness} stage's job.
 */
package th.oitcrawler.thai;
