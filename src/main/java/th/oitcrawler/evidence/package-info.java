/**
 * Fetches single URLs directly with HttpClient 5 — submitted evidence, documents, outbound links —
 * and records what they answered (status, redirects, content type, size, Last-Modified, failure).
 * Never crawls beyond the URL it is given.
 */
package th.oitcrawler.evidence;
