package th.oitcrawler.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import th.oitcrawler.score.Verdict;

/**
 * The inline stylesheet, filter script and Content-Security-Policy of the HTML report. Inline because
 * the report must open offline, from a file or an e-mail attachment; the policy allows only this exact
 * script (by hash), so even a string that escaped escaping could not run.
 */
final class HtmlAssets {
    /** Thai-capable fonts a Thai or Windows machine already has; no web fonts. */
    static final String FONTS = "\"Sarabun\", \"Noto Sans Thai\", \"Leelawadee UI\", \"Tahoma\", sans-serif";

    static final String CSS = """
            :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa}
            *{box-sizing:border-box}
            body{font-family:%s;color:var(--ink);margin:0 auto;padding:1.5rem;max-width:1200px;line-height:1.55}
            h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
            a{color:#0b5cad;overflow-wrap:anywhere}
            header{border-bottom:2px solid var(--line);padding-bottom:1rem}
            .overall{font-size:1.1rem;margin:.5rem 0}.overall b{font-size:2.4rem;line-height:1}
            .muted,.meta{color:var(--muted);font-size:.88em}
            .warn{color:#9a3412}
            .counts{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;list-style:none}
            .counts .zero{opacity:.45}
            .badge{display:inline-block;border-radius:.8rem;padding:.05rem .6rem;font-size:.88em;white-space:nowrap;border:1px solid transparent}
            %s
            table{border-collapse:collapse;width:100%%;font-size:.95rem}
            th,td{border-bottom:1px solid var(--line);padding:.5rem .4rem;text-align:left;vertical-align:top}
            thead th{background:var(--bg);position:sticky;top:0}
            td.code{font-weight:bold;white-space:nowrap}
            ul.reasons{margin:0;padding-left:1.1rem}ul.reasons li{white-space:pre-line}.fix{color:#14532d}
            .ev+.ev{margin-top:.5rem;padding-top:.5rem;border-top:1px dashed var(--line)}
            .crumbs{font-size:.88em}.crumbs .sep{color:var(--muted)}
            button.sort{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
            .nolink{font-family:monospace;overflow-wrap:anywhere}
            .chart{max-width:760px;width:100%%;height:auto}
            .chart text{font-family:%s;font-size:13px;fill:var(--ink)}
            footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.75rem;color:var(--muted);font-size:.88em}
            @media print{
            body{max-width:none;padding:0;font-size:10pt}
            .filter{display:none!important}
            button.sort{all:unset}
            a{color:inherit;text-decoration:none}
            thead th{position:static}
            thead{display:table-header-group}
            tr,.ev,svg{break-inside:avoid}
            .badge,.chart{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            }
            """.formatted(FONTS, verdictColours(), FONTS);

    /**
     * Shows the filter (hidden without JS, so a page without JS shows every row) and applies it; the
     * "ข้อ" and "ผล" header buttons sort rows by item number or failing-first.
     */
    static final String SCRIPT = "(function(){var f=document.getElementById('filter'),"
            + "s=document.getElementById('verdict-filter');f.hidden=false;"
            + "s.addEventListener('change',function(){var v=s.value;"
            + "document.querySelectorAll('#items tbody tr').forEach(function(r){"
            + "var d=r.getAttribute('data-verdict');r.hidden=!(v===''||v===d||(v==='FAIL'&&d!=='PASS'));});});"
            + "document.querySelectorAll('#items button.sort').forEach(function(btn){btn.addEventListener('click',"
            + "function(){var k='data-'+btn.getAttribute('data-sort'),tb=document.querySelector('#items tbody'),"
            + "rows=Array.prototype.slice.call(tb.rows);rows.sort(function(a,b){return Number(a.getAttribute(k))"
            + "-Number(b.getAttribute(k));});rows.forEach(function(r){tb.appendChild(r);});});});})();";

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
            + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private HtmlAssets() {
    }

    /** The CSS class of a verdict's badge and row, e.g. {@code v-not-reachable}. */
    static String verdictClass(Verdict v) {
        return "v-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String verdictColours() {
        StringBuilder b = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            String[] c = switch (v) {
                case PASS -> new String[] {"#14532d", "#dcfce7"};
                case NOT_REACHABLE -> new String[] {"#9a3412", "#ffedd5"};
                case STALE -> new String[] {"#854d0e", "#fef9c3"};
                case NOT_FOUND -> new String[] {"#991b1b", "#fee2e2"};
                case BROKEN -> new String[] {"#7f1d1d", "#fecaca"};
                case WRONG_CONTENT -> new String[] {"#6b21a8", "#f3e8ff"};
                case NEEDS_REVIEW -> new String[] {"#1e40af", "#dbeafe"};
            };
            b.append('.').append(verdictClass(v)).append("{color:").append(c[0]).append(";background:")
                    .append(c[1]).append(";border-color:").append(c[0]).append("33}");
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
