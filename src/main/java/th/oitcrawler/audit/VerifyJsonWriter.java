package th.oitcrawler.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import th.oitcrawler.evidence.ArchivedCopy;
import th.oitcrawler.evidence.TlsProblem;
import th.oitcrawler.graph.PathStep;
import th.oitcrawler.score.Reason;
import th.oitcrawler.score.Verdict;

/**
 * Streams {@code verify.json}: the run, its agencies, and one record per submitted row in CSV order
 * (README "verify.json"). Field names and value spellings are a contract for scripts.
 */
public final class VerifyJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private VerifyJsonWriter() {
    }

    public static void write(VerifyReport report, OutputStream out) throws IOException {
        try (JsonGenerator j = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeStringField("checklist", report.checklist().id());
            j.writeNumberField("assessmentYear", report.checklist().assessmentYear());
            j.writeStringField("asOf", report.asOf().toString());
            j.writeNumberField("seconds", report.elapsed().toMillis() / 1000.0);
            j.writeArrayFieldStart("agencies");
            for (AgencyResult a : report.agencies()) {
                j.writeStartObject();
                j.writeStringField("agency", a.agency());
                j.writeStringField("homepage", a.homepage());
                j.writeNumberField("pages", a.pages());
                j.writeNumberField("crawlSeconds", a.crawlSeconds());
                j.writeBooleanField("cutOff", a.cutOff());
                j.writeStringField("problem", a.problem());
                j.writeStringField("warcFile", a.warcFile());
                j.writeNumberField("rows", a.rows().size());
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeArrayFieldStart("rows");
            for (AgencyResult a : report.agencies()) {
                for (RowResult r : a.rows()) {
                    row(j, r);
                }
            }
            j.writeEndArray();
            j.writeObjectFieldStart("counts");
            for (Verdict v : Verdict.values()) {
                j.writeNumberField(v.name(), report.rows().filter(r -> r.verdict() == v).count());
            }
            j.writeEndObject();
            j.writeEndObject();
        }
    }

    private static void row(JsonGenerator j, RowResult r) throws IOException {
        j.writeStartObject();
        j.writeStringField("agency", r.row().agency());
        j.writeStringField("homepage", r.row().homepage());
        j.writeNumberField("line", r.row().line());
        j.writeStringField("item", r.row().item());
        j.writeStringField("submittedUrl", r.row().url());
        j.writeStringField("url", r.url());
        j.writeBooleanField("outbound", r.outbound());
        j.writeStringField("platform", r.platform() == null ? null : r.platform().name());
        if (r.outbound()) {
            j.writeNumberField("headStatus", r.headStatus());
        }
        j.writeArrayFieldStart("redirects");
        for (Hop h : r.hops().subList(0, Math.max(0, r.hops().size() - 1))) {
            j.writeStartObject();
            j.writeStringField("url", h.url());
            j.writeNumberField("status", h.status());
            j.writeStringField("location", h.location());
            j.writeEndObject();
        }
        j.writeEndArray();
        Hop last = r.last();
        j.writeStringField("finalUrl", last == null ? null : last.url());
        j.writeNumberField("status", last == null || r.error() != null ? 0 : last.status());
        j.writeStringField("contentType", last == null ? null : last.contentType());
        j.writeNumberField("bytes", last == null ? 0 : last.bytes());
        j.writeStringField("lastModified", last == null ? null : last.lastModified());
        j.writeStringField("etag", last == null ? null : last.etag());
        if (last != null) {
            j.writeNumberField("ttfbMs", r.hops().get(0).ttfbMs());
        }
        j.writeStringField("error", r.error());
        j.writeStringField("access", r.access().name());
        j.writeArrayFieldStart("tls");
        for (TlsProblem t : r.tls()) {
            j.writeString(t.name());
        }
        j.writeEndArray();
        j.writeStringField("fetchedAt", r.fetchedAt() == null ? null : r.fetchedAt().toString());
        j.writeBooleanField("reachable", r.reachable());
        if (r.reachable()) {
            j.writeNumberField("clicks", r.clickPath().size() - 1);
        }
        clickPath(j, r.clickPath());
        strings(j, "dates", r.dates());
        j.writeArrayFieldStart("fiscalYears");
        for (int fy : r.fiscalYears()) {
            j.writeNumber(fy);
        }
        j.writeEndArray();
        if (r.itemMatch() == null) {
            j.writeNullField("itemMatch");
        } else {
            j.writeBooleanField("itemMatch", r.itemMatch());
        }
        j.writeStringField("verdict", r.verdict().name());
        j.writeArrayFieldStart("reasons");
        for (Reason why : r.reasons()) {
            j.writeStartObject();
            j.writeStringField("th", why.th());
            j.writeStringField("en", why.en());
            j.writeStringField("fixTh", why.fixTh());
            j.writeStringField("fixEn", why.fixEn());
            j.writeEndObject();
        }
        j.writeEndArray();
        copies(j, "preserved", r.evidenceCopies());
        copies(j, "clickPathPreserved", r.pathCopies());
        j.writeEndObject();
    }

    private static void clickPath(JsonGenerator j, List<PathStep> path) throws IOException {
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

    static void copies(JsonGenerator j, String field, List<ArchivedCopy> copies) throws IOException {
        j.writeArrayFieldStart(field);
        for (ArchivedCopy c : copies) {
            j.writeStartObject();
            j.writeStringField("url", c.url());
            j.writeStringField("method", c.method());
            j.writeNumberField("status", c.status());
            j.writeStringField("warcFile", Verification.WARC_DIR + "/" + c.warcFile());
            j.writeStringField("recordId", c.responseRecordId());
            j.writeStringField("sha256", c.sha256());
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    private static void strings(JsonGenerator j, String field, List<String> values) throws IOException {
        j.writeArrayFieldStart(field);
        for (String v : values) {
            j.writeString(v);
        }
        j.writeEndArray();
    }
}
