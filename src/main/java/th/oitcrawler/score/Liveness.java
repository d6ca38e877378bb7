package th.oitcrawler.score;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import th.oitcrawler.crawl.FetchStatus;
import th.oitcrawler.crawl.PageReader;
import th.oitcrawler.crawl.UrlNormalizer;
import th.oitcrawler.evidence.ProbeResult;
import th.oitcrawler.evidence.UrlProbe;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.Node;
import th.oitcrawler.graph.NodeKind;

/**
 * Is a piece of evidence live? Pages the crawl fetched answer from the graph; documents and
 * outbound links (never fetched by the crawl) are fetched once here. A failure that is not the
 * site's own (DNS, refused, timeout, TLS, 403/429 blocks, a refused private address — see
 * {@link FetchStatus#siteFault()}) is "unverified", never "broken": the tool being cut off is not
 * the agency's fault.
 */
final class Liveness {
    enum State { LIVE, BROKEN, UNVERIFIED }

    record Check(State state, int status, String problem, String text, String title) {
        Check(State state, int status, String problem, String text) {
            this(state, status, problem, text, null);
        }
    }

    private final LinkGraph graph;
    private final UrlProbe probe;
    private final PageReader reader = new PageReader(new UrlNormalizer());
    private final Map<String, Check> cache = new ConcurrentHashMap<>();

    Liveness(LinkGraph graph, UrlProbe probe) {
        this.graph = graph;
        this.probe = probe;
    }

    Check check(String url) {
        return cache.computeIfAbsent(url, this::compute);
    }

    private Check compute(String url) {
        Node n = graph.node(url).orElse(null);
        if (n != null && n.kind() == NodeKind.PAGE && n.fetched()) {
            if (n.redirect()) {
                return graph.finalUrl(url).map(this::check)
                        .orElse(new Check(State.BROKEN, n.status(), graph.redirectLoop(url) ? "redirect loop" : "broken redirect", null));
            }
            return ItemJudge.pageOk(n) ? new Check(State.LIVE, n.status(), null, null)
                    : new Check(FetchStatus.of(n.status(), n.error()).siteFault() ? State.BROKEN : State.UNVERIFIED,
                    n.status(), n.error() != null ? n.error() : "HTTP " + n.status(), null);
        }
        return fromProbe(probe.probe(url));
    }

    Check fromProbe(ProbeResult r) {
        if (r.live()) {
            String text = null;
            String title = null;
            if (r.contentType() != null && r.contentType().toLowerCase().contains("html")) {
                var page = reader.read(r.body(), r.contentType(), r.finalUrl());
                title = page.title();
                text = page.title() + " " + String.join(" ", page.headings()) + " " + page.text();
            }
            return new Check(State.LIVE, r.status(), null, text, title);
        }
        if (r.error() != null && !FetchStatus.of(r.status(), r.error()).siteFault()) {
            return new Check(State.UNVERIFIED, r.status(), r.error(), null); // the tool could not look: not the site's fault
        }
        return new Check(State.BROKEN, r.status(), r.failure().orElse("?"), null);
    }
}
