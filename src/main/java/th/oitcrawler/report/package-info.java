/**
 * Writes results for machines and people: graph.json and report.json (streamed with Jackson),
 * the Thai HTML report, CSV with a BOM so Excel shows Thai, and console summaries.
 * Takes frozen results; computes no verdicts.
 */
package th.oitcrawler.report;
