package th.oitcrawler.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * summary.json, streamed: {@code run}, then {@code sites} (one object per site, written as read from
 * the store), then the totals, the score distribution and the items failing most.
 */
final class SummaryJsonWriter implements AutoCloseable {
    private final JsonGenerator g;

    SummaryJsonWriter(OutputStream out, RunInfo run) throws IOException {
        g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeObjectFieldStart("run");
        g.writeNumberField("id", run.id());
        g.writeStringField("checklist", run.checklist());
        g.writeStringField("asOf", run.asOf().toString());
        g.writeStringField("sitesFile", run.sitesFile());
        g.writeNumberField("badRows", run.badRows());
        g.writeStringField("startedAt", run.startedAt().toString());
        g.writeStringField("finishedAt", run.finishedAt().map(Object::toString).orElse(null));
        g.writeEndObject();
        g.writeArrayFieldStart("sites");
    }

    void site(RunReadout.SiteSummary s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("province", s.province());
        g.writeStringField("homepage", s.homepage());
        g.writeStringField("status", s.status().name());
        if (s.score().isPresent()) {
            g.writeNumberField("score", s.score().getAsDouble());
        } else {
            g.writeNullField("score");
        }
        g.writeNumberField("pass", s.passed());
        g.writeNumberField("fail", s.failed());
        g.writeNumberField("needsReview", s.review());
        g.writeNumberField("pages", s.pages());
        g.writeNumberField("errors", s.errors());
        g.writeStringField("report", s.report());
        g.writeStringField("problem", s.problem());
        g.writeEndObject();
    }

    void totals(RunTotals t, List<RunReadout.ItemTally> items) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("sites", t.total());
        for (SiteStatus s : SiteStatus.values()) {
            g.writeNumberField(s.name().toLowerCase(java.util.Locale.ROOT), t.count(s));
        }
        g.writeNumberField("meanScore", t.meanScore());
        g.writeEndObject();
        g.writeArrayFieldStart("scoreDistribution");
        int[] h = t.histogram();
        for (int i = 0; i < h.length; i++) {
            g.writeStartObject();
            g.writeNumberField("from", i * 10);
            g.writeNumberField("to", i == h.length - 1 ? 100 : i * 10 + 10);
            g.writeNumberField("sites", h[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("items");
        for (RunReadout.ItemTally i : items) {
            g.writeStartObject();
            g.writeStringField("item", i.item());
            g.writeNumberField("failing", i.failing());
            g.writeNumberField("passing", i.passing());
            g.writeNumberField("unknown", i.unknown());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        g.writeEndObject();
        g.close();
    }
}
