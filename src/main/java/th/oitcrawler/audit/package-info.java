/**
 * The auditor's {@code verify}: takes the rows agencies submitted ({@code agency,homepage,item,url}),
 * crawls each agency's homepage once, fetches every submitted URL directly ({@code evidence}), preserves
 * each response and every page on its click path in a WARC file, judges each row as {@code check} does,
 * and writes verify.json, verify.csv, verify.html and the WARC manifest. One agency's failure or hang
 * (cut off by its time budget) never stops the others. {@link th.oitcrawler.audit.Verification} is the
 * facade.
 */
package th.oitcrawler.audit;
