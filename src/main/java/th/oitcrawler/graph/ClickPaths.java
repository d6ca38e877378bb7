package th.oitcrawler.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortest click paths from the homepage: a 0-1 breadth-first search, because frames, iframes,
 * redirects and meta refreshes cost no click ({@link LinkKind#clicks()}).
 *
 * <p>Ties are broken by the order pages list their links, so the path shown is the one a person
 * reading the page top-down would find first, and the same on every run.
 */
final class ClickPaths {
    private final Map<String, Integer> depth = new HashMap<>();
    private final Map<String, Edge> via = new HashMap<>();
    private final String homepage;

    ClickPaths(String homepage, Map<String, List<Edge>> outEdges) {
        this.homepage = homepage;
        Deque<String> queue = new ArrayDeque<>();
        depth.put(homepage, 0);
        queue.add(homepage);
        while (!queue.isEmpty()) {
            String url = queue.pollFirst();
            int d = depth.get(url);
            for (Edge e : outEdges.getOrDefault(url, List.of())) {
                int nd = d + e.kind().clicks();
                Integer known = depth.get(e.to());
                if (known == null || nd < known) {
                    depth.put(e.to(), nd);
                    via.put(e.to(), e);
                    if (e.kind().clicks() == 0) {
                        queue.addFirst(e.to());
                    } else {
                        queue.addLast(e.to());
                    }
                }
            }
        }
    }

    Integer depth(String url) {
        return depth.get(url);
    }

    int maxDepth() {
        return depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Homepage first, {@code url} last; empty when unreachable. */
    List<PathStep> path(String url) {
        if (!depth.containsKey(url)) {
            return List.of();
        }
        List<PathStep> steps = new ArrayList<>();
        String cur = url;
        while (!cur.equals(homepage)) {
            Edge e = via.get(cur);
            steps.add(new PathStep(cur, e.anchor(), e.kind()));
            cur = e.from();
        }
        steps.add(new PathStep(homepage, "", null));
        Collections.reverse(steps);
        return List.copyOf(steps);
    }
}
