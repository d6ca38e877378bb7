/**
 * {@code serve}: a local web page where a municipality's web admin types the homepage, picks the
 * checklist year, optionally pastes the planned submission CSV, watches the crawl and opens the
 * report (issue 7 item 4). The JDK's HTTP server, bound to 127.0.0.1 by default; one check at a time
 * per site; every page Thai first, every string escaped, a Content-Security-Policy on every response.
 * Runs checks through {@link th.oitcrawler.check.SiteCheck} and writes them with
 * {@link th.oitcrawler.report.ReportFiles}; knows nothing of the command line.
 */
package th.oitcrawler.serve;
