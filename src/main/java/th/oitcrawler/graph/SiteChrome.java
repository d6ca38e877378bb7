package th.oitcrawler.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Titles and headings that a site's template repeats across its pages: sidebar box titles, banners,
 * one {@code <title>} for the whole site. They say what the site has around its pages, not what one
 * page is about. A real อบต. template heads a sidebar box "คู่มือประชาชน" on every page (with its link
 * commented out); read as page subjects, every page became the O9 citizens' guide, a false PASS
 * (fixtures/sidebar-2568). A heading counts as the template's when it is on at least
 * {@value #MIN_PAGES} pages and at least a quarter of the fetched pages: a monthly series of a dozen
 * pages sharing one heading on a 300-page site keeps it.
 */
final class SiteChrome {
    static final int MIN_PAGES = 3;
    static final double MIN_SHARE = 0.25;

    private SiteChrome() {
    }

    static Set<String> of(Collection<Node> nodes) {
        Map<String, Integer> pagesWith = new HashMap<>();
        int pages = 0;
        for (Node n : nodes) {
            if (n.kind() != NodeKind.PAGE || !n.fetched() || n.redirect() || n.failed()) {
                continue;
            }
            pages++;
            Set<String> onThisPage = new HashSet<>(n.headings());
            if (n.title() != null && !n.title().isEmpty()) {
                onThisPage.add(n.title());
            }
            onThisPage.forEach(s -> pagesWith.merge(s, 1, Integer::sum));
        }
        int min = Math.max(MIN_PAGES, (int) Math.ceil(MIN_SHARE * pages));
        return pagesWith.entrySet().stream().filter(e -> e.getValue() >= min).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
