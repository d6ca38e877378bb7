/**
 * Verdicts and scores: one {@link th.oitcrawler.score.ItemResult} per checklist item, item scores of
 * 100 or 0, and sub-indicator, indicator and overall means. A verdict other than PASS always carries
 * reasons in Thai and English. When the evidence does not settle an item, the verdict is
 * NEEDS_REVIEW: a false PASS is the worst error this product can make.
 */
package th.oitcrawler.score;
