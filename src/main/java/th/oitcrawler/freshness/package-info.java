/**
 * Is an item's content of the required period? Takes the item's freshness rules (NOW, CUR, PREV,
 * H1, MON, MULTI), the assessment fiscal year, the as-of date and the dates read from the evidence;
 * gives FRESH, STALE or UNDATED with the dates used. No I/O.
 */
package th.oitcrawler.freshness;
