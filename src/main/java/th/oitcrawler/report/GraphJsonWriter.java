package th.oitcrawler.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.OptionalInt;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.FetchStatus;
import th.oitcrawler.crawl.LimitHit;
import th.oitcrawler.graph.Edge;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.Node;
import th.oitcrawler.graph.NodeKind;
import th.oitcrawler.graph.PathStep;

/**
 * Streams {@code graph.json}: every node with its depth and click path, every edge. Streamed so a
 * 20,000-page site never needs a second copy of the graph in memory.
 */
public final class GraphJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private GraphJsonWriter() {
    }

    public static void write(CrawlResult result, OutputStream out) throws IOException {
        LinkGraph g = result.graph();
        try (JsonGenerator j = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeStringField("homepage", g.homepage());
            j.writeStringField("siteStatus", result.siteStatus().jsonName());
            writeSummary(j, result);
            j.writeArrayFieldStart("nodes");
            for (Node n : g.nodes()) {
                writeNode(j, g, n);
            }
            j.writeEndArray();
            j.writeArrayFieldStart("edges");
            for (Edge e : g.edges()) {
                j.writeStartObject();
                j.writeStringField("from", e.from());
                j.writeStringField("to", e.to());
                j.writeStringField("anchor", e.anchor());
                j.writeStringField("how", e.kind().jsonName());
                if (!e.context().isEmpty()) {
                    j.writeStringField("context", e.context());
                }
                if (!e.section().isEmpty()) {
                    j.writeStringField("section", e.section());
                }
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
        }
    }

    static void writeSummary(JsonGenerator j, CrawlResult r) throws IOException {
        j.writeObjectFieldStart("crawl");
        j.writeNumberField("pages", r.pages());
        j.writeNumberField("documents", r.count(NodeKind.DOCUMENT));
        j.writeNumberField("outbound", r.count(NodeKind.OUTBOUND));
        j.writeNumberField("errors", r.errors());
        j.writeNumberField("maxDepth", r.graph().maxDepth());
        j.writeNumberField("seconds", r.elapsed().toMillis() / 1000.0);
        j.writeArrayFieldStart("limitsHit");
        for (LimitHit h : r.limits()) {
            j.writeStartObject();
            j.writeStringField("limit", h.limit().jsonName());
            j.writeNumberField("refused", h.refused());
            j.writeStringField("example", h.example());
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
    }

    private static void writeNode(JsonGenerator j, LinkGraph g, Node n) throws IOException {
        j.writeStartObject();
        j.writeStringField("url", n.url());
        j.writeStringField("kind", n.kind().jsonName());
        if (n.fetched()) {
            j.writeNumberField("status", n.status());
        } else {
            j.writeNullField("status");
        }
        optional(j, "contentType", n.contentType());
        optional(j, "title", n.title());
        optional(j, "charset", n.charset());
        if (n.redirect()) {
            optional(j, "finalUrl", g.finalUrl(n.url()).orElse(null));
        }
        optional(j, "error", n.error() == null && g.redirectLoop(n.url()) ? "redirect-loop" : n.error());
        FetchStatus fs = CrawlResult.fetchStatus(n);
        optional(j, "fetchStatus", fs == null ? null : fs.jsonName());
        if (!"link".equals(n.found())) {
            j.writeStringField("found", n.found());
        }
        OptionalInt depth = g.depth(n.url());
        if (depth.isPresent()) {
            j.writeNumberField("depth", depth.getAsInt());
            writePath(j, g.clickPath(n.url()));
        } else {
            j.writeNullField("depth");
            j.writeNullField("clickPath");
        }
        j.writeEndObject();
    }

    public static void writePath(JsonGenerator j, List<PathStep> path) throws IOException {
        j.writeArrayFieldStart("clickPath");
        for (PathStep s : path) {
            j.writeStartObject();
            j.writeStringField("url", s.url());
            j.writeStringField("anchor", s.anchor());
            if (s.kind() != null) {
                j.writeStringField("how", s.kind().jsonName());
            }
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    private static void optional(JsonGenerator j, String field, String value) throws IOException {
        if (value != null) {
            j.writeStringField(field, value);
        }
    }
}
