package th.oitcrawler.match;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.graph.Edge;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.Node;
import th.oitcrawler.graph.NodeKind;
import th.oitcrawler.thai.ItemCodeMention;
import th.oitcrawler.thai.ItemCodes;
import th.oitcrawler.thai.ThaiText;

/**
 * Matches checklist items to the links of one graph. Facts about every edge are computed once.
 *
 * <p>An item code written in a link or its row assigns that link to that code only: on an ITA hub
 * the O28 row may contain the words of O27's title, and must not count for O27.
 */
public final class ItemMatcher {
    private final LinkGraph graph;
    private final List<EdgeFacts> edges = new ArrayList<>();
    private final Map<String, String> folded = new HashMap<>();
    private final Map<String, Set<String>> codesIn = new HashMap<>();

    public ItemMatcher(LinkGraph graph) {
        this.graph = graph;
        // Every page repeats its menus: the same link (target and texts) appears once per page. Only the
        // first in graph order can win a candidate slot (offer() keeps the earlier of equals), so one fact
        // per distinct link gives the same answers; texts are folded once per distinct string. A 300-page
        // site has ~7,000 links but a few hundred distinct ones, and a scan judges 150 sites at once.
        Map<String, String> targets = new HashMap<>();
        Set<LinkTexts> seen = new HashSet<>();
        for (Edge e : graph.edges()) {
            if (graph.reachable(e.from()) && seen.add(new LinkTexts(e.to(), e.anchor(), e.context(), e.section()))) {
                String target = targets.computeIfAbsent(e.to(),
                        u -> graph.node(u).map(n -> ThaiText.foldForMatch(targetText(n))).orElse(""));
                edges.add(new EdgeFacts(e, codes(e), fold(e.anchor()), fold(e.context()), fold(e.section()), target));
            }
        }
    }

    /** Candidates for one item, strongest and shallowest first, one per URL. */
    public List<Candidate> candidates(ChecklistItem item) {
        List<String> keys = item.keywords().stream().map(ThaiText::foldForMatch).filter(k -> !k.isEmpty()).toList();
        String title = ThaiText.foldForMatch(item.title());
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (EdgeFacts f : edges) {
            Strength s = strength(item.code(), keys, title, f);
            if (s != null) {
                offer(best, new Candidate(f.edge.to(), f.edge, s, label(f.edge)));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparing(Candidate::strength)
                        .thenComparingInt(c -> graph.depth(c.url()).orElse(Integer.MAX_VALUE)))
                .toList();
    }

    /** True when the text names the item by code or keyword (for submitted URLs' own content). */
    public static boolean mentions(ChecklistItem item, String text) {
        if (ItemCodes.find(text).stream().anyMatch(m -> m.code().equals(item.code()))) {
            return true;
        }
        String folded = ThaiText.foldForMatch(text);
        return item.keywords().stream().map(ThaiText::foldForMatch).anyMatch(k -> !k.isEmpty() && folded.contains(k))
                || folded.contains(ThaiText.foldForMatch(item.title()));
    }

    private Strength strength(String code, List<String> keys, String title, EdgeFacts f) {
        if (!f.codes.isEmpty()) {
            return f.codes.contains(code) ? Strength.CODE : null;
        }
        if (contains(f.anchor, keys, title)) {
            return Strength.ANCHOR;
        }
        if (contains(f.target, keys, title)) {
            return Strength.TITLE;
        }
        if (f.anchor.length() <= 20 && contains(f.section, keys, title)) {
            return Strength.SECTION;
        }
        if (f.anchor.length() <= 20 && contains(f.context, keys, title)) {
            return Strength.CONTEXT;
        }
        return null;
    }

    private static boolean contains(String folded, List<String> keys, String title) {
        if (folded.isEmpty()) {
            return false;
        }
        if (folded.contains(title)) {
            return true;
        }
        for (String k : keys) {
            if (folded.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** What a target says it is: its own title and headings (not the template's, see LinkGraph) or its file name. */
    private String targetText(Node n) {
        StringBuilder sb = new StringBuilder();
        graph.ownTitle(n.url()).ifPresent(t -> sb.append(t).append(' '));
        graph.ownHeadings(n.url()).forEach(h -> sb.append(h).append(' '));
        if (n.kind() == NodeKind.DOCUMENT) {
            sb.append(fileName(n.url()));
        }
        return sb.toString();
    }

    /** The decoded last path segment, with separators as spaces: "แผนพัฒนา-2566-2570.pdf" → "แผนพัฒนา 2566 2570.pdf". */
    public static String fileName(String url) {
        String path = url;
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        try {
            last = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep it encoded
        }
        return last.replace('-', ' ').replace('_', ' ');
    }

    private static void offer(Map<String, Candidate> best, Candidate c) {
        best.merge(c.url(), c, (a, b) -> b.strength().compareTo(a.strength()) < 0 ? b : a);
    }

    private static String label(Edge e) {
        return e.context().isEmpty() || e.context().equals(e.anchor()) ? e.anchor() : e.context();
    }

    private Set<String> codes(Edge e) {
        Set<String> inAnchor = codesIn(e.anchor());
        return inAnchor.isEmpty() ? codesIn(e.context()) : inAnchor;
    }

    private Set<String> codesIn(String text) {
        return text.isEmpty() ? Set.of() : codesIn.computeIfAbsent(text,
                t -> ItemCodes.find(t).stream().map(ItemCodeMention::code).collect(Collectors.toUnmodifiableSet()));
    }

    private String fold(String text) {
        return text.isEmpty() ? "" : folded.computeIfAbsent(text, ThaiText::foldForMatch);
    }

    private record LinkTexts(String to, String anchor, String context, String section) {
    }

    private record EdgeFacts(Edge edge, Set<String> codes, String anchor, String context, String section, String target) {
    }
}
