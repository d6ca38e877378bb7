package th.oitcrawler.crawl;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import th.oitcrawler.graph.LinkKind;

/**
 * Reads every link a person can follow on a page, in document order: {@code a}/{@code area} hrefs,
 * frames and iframes, meta refresh, {@code <select>} jump menus, and onclick or {@code javascript:}
 * handlers that navigate to a literal URL. {@code <base href>} is honoured (jsoup's base URI).
 * Mail, phone and script-only links are dropped. Thread-safe.
 */
public final class LinkExtractor {
    /** location = '…', location.href = '…', location.assign('…'), window.open('…'), … */
    private static final Pattern JS_URL = Pattern.compile(
            "(?:location(?:\\.href)?\\s*=|location\\.(?:assign|replace)\\s*\\(|window\\.open\\s*\\()\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\";]+)");
    private static final Pattern NAVIGATES_TO_VALUE = Pattern.compile("(?i)(location|window\\.open|\\.value|submit)");
    private static final int CONTEXT_MAX = 300;
    /** Longest text of a row cell taken as the label of a list in the next cell ("OIT 6", an item title). */
    private static final int ROW_LABEL_MAX = 150;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Evaluator MODAL_TITLE = QueryParser.parse(".modal-title, .modal-header h1, .modal-header h2, "
            + ".modal-header h3, .modal-header h4, .modal-header h5, .modal-header h6");
    /** What makes a row cell part of a layout (links, frames, menus) rather than a label. */
    private static final Evaluator NAVIGATES = QueryParser.parse("a[href], iframe, select");

    private final UrlNormalizer normalizer;

    public LinkExtractor(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<ExtractedLink> extract(Document doc) {
        Sink out = new Sink();
        for (Element el : doc.getAllElements()) {
            switch (el.normalName()) {
                case "a" -> anchor(el, out);
                case "area" -> add(out, el, el.attr("href"), altOrTitle(el), LinkKind.AREA);
                case "frame" -> add(out, el, el.attr("src"), el.attr("name"), LinkKind.FRAME);
                case "iframe" -> add(out, el, el.attr("src"), iframeName(el), LinkKind.IFRAME);
                case "meta" -> refresh(el, out);
                case "select" -> jumpMenu(el, out);
                default -> onclick(el, out);
            }
        }
        return out.links;
    }

    /** One page's links, and what is worth computing once per page rather than once per link. */
    private static final class Sink {
        final List<ExtractedLink> links = new ArrayList<>();
        final SectionHeadings sections = new SectionHeadings();
        final Map<String, URL> bases = new HashMap<>();
        /** Row label per table cell: every link of a long list in one cell asks for the same one. */
        final Map<Element, String> rowLabels = new IdentityHashMap<>();

        void add(ExtractedLink link) {
            links.add(link);
        }

        /** jsoup's absUrl re-parses the base URL and runs a regex for every link; the base is parsed once here. */
        String absolute(Element el, String href) {
            String h = href.strip();
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                return h;
            }
            URL base = bases.computeIfAbsent(el.baseUri(), b -> {
                try {
                    return new URL(b);
                } catch (MalformedURLException e) {
                    return null;
                }
            });
            if (base == null || h.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                return "";
            }
            try {
                return StringUtil.resolve(base, h).toString();
            } catch (MalformedURLException e) {
                return "";
            }
        }
    }

    private void anchor(Element a, Sink out) {
        String href = a.attr("href").strip();
        String text = visibleText(a);
        if (href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            Matcher m = JS_URL.matcher(href);
            if (m.find()) {
                add(out, a, m.group(1), text, LinkKind.JAVASCRIPT);
                return;
            }
        } else if (!href.isEmpty() && !href.startsWith("#")) {
            add(out, a, href, text, LinkKind.A);
            return;
        }
        onclick(a, out); // href="#" or a script href with the real target in onclick
    }

    private void onclick(Element el, Sink out) {
        String js = el.attr("onclick");
        if (js.isEmpty()) {
            return;
        }
        Matcher m = JS_URL.matcher(js);
        if (m.find()) {
            add(out, el, m.group(1), visibleText(el), LinkKind.ONCLICK);
        }
    }

    private void refresh(Element meta, Sink out) {
        if (!meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
            return;
        }
        Matcher m = REFRESH_URL.matcher(meta.attr("content"));
        if (m.find()) {
            add(out, meta, m.group(1).strip(), "", LinkKind.META_REFRESH);
        }
    }

    /** {@code <select onchange="location=this.value">}: each option value is a place one can go. */
    private void jumpMenu(Element select, Sink out) {
        String handler = select.attr("onchange");
        if (handler.isEmpty() || !NAVIGATES_TO_VALUE.matcher(handler).find()) {
            return;
        }
        for (Element option : select.select("option")) {
            String value = option.attr("value").strip();
            if (!value.isEmpty() && !value.equals("#") && !value.equals("0")) {
                add(out, option, value, option.text(), LinkKind.SELECT);
            }
        }
    }

    private void add(Sink out, Element el, String href, String anchor, LinkKind kind) {
        if (href == null || href.isBlank() || !httpLike(href)) {
            return;
        }
        String abs = kind == LinkKind.A || kind == LinkKind.AREA || kind == LinkKind.FRAME || kind == LinkKind.IFRAME
                ? out.absolute(el, el.attr(attrFor(el, kind))) : "";
        if (abs.isEmpty() || kind != LinkKind.A && kind != LinkKind.AREA && kind != LinkKind.FRAME
                && kind != LinkKind.IFRAME) {
            abs = resolve(el.baseUri(), href.strip());
        }
        String url = normalizer.filter(abs);
        if (url != null) {
            out.add(new ExtractedLink(url, clean(anchor), kind, context(el, out), out.sections.above(el)));
        }
    }

    private static String attrFor(Element el, LinkKind kind) {
        return kind == LinkKind.FRAME || kind == LinkKind.IFRAME ? "src" : "href";
    }

    /** Resolves a URL found in a script or attribute value against the base (jsoup applies {@code <base>}). */
    private static String resolve(String base, String href) {
        try {
            return java.net.URI.create(UrlNormalizer.encodeUnsafe(base))
                    .resolve(UrlNormalizer.encodeUnsafe(href)).toString();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean httpLike(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        int colon = h.indexOf(':');
        if (colon < 0 || h.indexOf('/') >= 0 && h.indexOf('/') < colon) {
            return true; // relative
        }
        return h.startsWith("http:") || h.startsWith("https:");
    }

    private static String visibleText(Element el) {
        String t = el.text();
        if (t.isBlank()) {
            Element img = el.selectFirst("img[alt], img[title]");
            t = img != null ? altOrTitle(img) : el.attr("title");
        }
        return t;
    }

    /**
     * An iframe's title attribute, or, for one inside a Bootstrap-style modal, the modal's heading: ITA
     * evidence pages often list items as links that open a modal ("EB1 1.7 แบบฟอร์ม…") embedding the
     * PDF, and the heading is all that names the document (shared/realsites/nysso/tableITA.html).
     */
    private static String iframeName(Element el) {
        String title = el.attr("title");
        if (!title.isBlank()) {
            return title;
        }
        for (Element p = el.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (p.hasClass("modal") || p.attr("role").equals("dialog")) {
                Element heading = p.selectFirst(MODAL_TITLE);
                return heading == null ? "" : heading.text();
            }
        }
        return "";
    }

    private static String altOrTitle(Element el) {
        String alt = el.attr("alt");
        return alt.isBlank() ? el.attr("title") : alt;
    }

    /** Text of the table row or list item the link sits in: real ITA tables name the item there. */
    private static String context(Element el, Sink out) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            String n = p.normalName();
            if (n.equals("tr") || n.equals("li") || n.equals("dd") || n.equals("p")) {
                String t = clean(p.text());
                if (!n.equals("tr")) {
                    String label = rowLabel(p, out);
                    t = label.isEmpty() ? t : label + " " + t;
                }
                return t.length() > CONTEXT_MAX ? t.substring(0, CONTEXT_MAX) : t;
            }
            if (n.equals("body") || n.equals("table") || n.equals("ul")) {
                break;
            }
        }
        return "";
    }

    /**
     * For a list or paragraph inside a table cell, the row's other cells when they are short labels
     * without links: vendor ITA pages put "OIT 6 | กฎหมายที่เกี่ยวข้อง | <ul> of links" in one row, and the
     * code is in the first cell, not in the list item (shared/realsites/single-pages, wewebplus). A row of
     * a layout table (a menu column beside the content) has links in its other cells and lends nothing.
     */
    private static String rowLabel(Element item, Sink out) {
        Element cell = item.parent();
        for (int up = 0; cell != null && !isCell(cell); up++) {
            String n = cell.normalName();
            if (up == 4 || n.equals("table") || n.equals("body")) {
                return "";
            }
            cell = cell.parent();
        }
        if (cell == null || cell.parent() == null || !cell.parent().normalName().equals("tr")) {
            return "";
        }
        return out.rowLabels.computeIfAbsent(cell, LinkExtractor::labelCells);
    }

    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    /** The text of the other cells of {@code cell}'s row, or "" when one holds links or is long. */
    private static String labelCells(Element cell) {
        StringBuilder label = new StringBuilder();
        for (Element other : cell.parent().children()) {
            if (other == cell || !isCell(other)) {
                continue;
            }
            if (other.selectFirst(NAVIGATES) != null) {
                return "";
            }
            String t = clean(other.text());
            if (t.length() > ROW_LABEL_MAX) {
                return "";
            }
            label.append(t).append(' ');
        }
        return label.toString().strip();
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (isClean(s)) {
            return s; // jsoup's text() is usually clean already: skip the regex (hot: every link, every row)
        }
        return SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** No NBSP, no whitespace but single spaces between words, none at the ends. */
    private static boolean isClean(String s) {
        int n = s.length();
        boolean prevSpace = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c > ' ' && c < '\u007F') || (c >= '\u0E00' && c <= '\u0E7F')) {
                prevSpace = false; // ASCII and Thai letters: no Character.isWhitespace lookup (hot on page text)
            } else if (c == ' ') {
                if (prevSpace) {
                    return false;
                }
                prevSpace = true;
            } else if (c == '\u00A0' || Character.isWhitespace(c)) {
                return false;
            } else {
                prevSpace = false;
            }
        }
        return n == 0 || !prevSpace;
    }
}
