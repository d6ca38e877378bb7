/**
 * The frozen link graph of one site and exact click paths over it.
 *
 * <p>Takes what a crawl recorded (every fetched or linked URL as a {@link th.oitcrawler.graph.Node},
 * every link as an {@link th.oitcrawler.graph.Edge} with its anchor text and how it was found) and
 * gives, for each URL, the fewest clicks a person needs from the homepage and the links they click.
 * Click paths are computed here after the crawl, never taken from the crawler's discovery order,
 * so they are exact whatever order threads fetched pages in. Depends on nothing else of ours.
 */
package th.oitcrawler.graph;
