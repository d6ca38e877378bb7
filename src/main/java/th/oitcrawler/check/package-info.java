/**
 * The whole {@code check} pipeline behind one call: crawl the site, match and judge every checklist
 * item, and write the report files. The command line, the local web page ({@code serve}) and the
 * nightly scan all run a check through {@link th.oitcrawler.check.SiteCheck}.
 */
package th.oitcrawler.check;
