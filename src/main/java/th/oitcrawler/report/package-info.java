/**
 * Writes results for machines and people: graph.json and report.json (streamed with Jackson),
 * the Thai HTML report, CSV with a BOM so Excel shows Thai, and console summaries.
 * Takes frozen results; computes no verdicts. Text from the crawled site is never trusted: HTML escapes
 * it ({@link th.oitcrawler.report.Html}), CSV defuses formulas, the console blanks control characters.
 */
package th.oitcrawler.report;
