/**
 * The OIT checklist of one ITA assessment year, loaded from {@code checklists/*.json}.
 *
 * <p>Takes a built-in checklist id ({@code ita-2568}) or the path of a checklist file, validates it
 * strictly and gives an immutable {@link th.oitcrawler.checklist.Checklist}: indicators, sub-indicators
 * and items O1…On, each with Thai keywords, the freshness rules that satisfy it and the kinds of evidence
 * that count. Adding next year's checklist is a data change: the loader knows no item by code.
 *
 * <p>Does not match evidence, read dates or decide verdicts; those stages read the rules from here.
 * A broken file fails fast with a {@link th.oitcrawler.checklist.ChecklistException} naming the file,
 * item and field, before any network access. Depends on nothing else in oit-crawler.
 */
package th.oitcrawler.checklist;
