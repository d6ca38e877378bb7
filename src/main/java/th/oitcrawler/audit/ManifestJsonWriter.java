package th.oitcrawler.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.oitcrawler.evidence.ArchivedCopy;

/**
 * Streams {@code manifest.json}: every response preserved in the run's WARC files, once each, with its
 * record id, payload SHA-256, fetch time, role (evidence, head, redirect, click-path) and the rows and
 * verdicts it stands for. A reader finds a record by id (or file + offset) and proves it unchanged by
 * hashing the HTTP payload.
 */
public final class ManifestJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ManifestJsonWriter() {
    }

    private record Use(ArchivedCopy copy, String role, String agency, List<RowResult> rows) {
    }

    public static void write(VerifyReport report, OutputStream out) throws IOException {
        Map<String, Use> uses = new LinkedHashMap<>();
        for (AgencyResult a : report.agencies()) {
            for (RowResult r : a.rows()) {
                for (ArchivedCopy c : r.evidenceCopies()) {
                    String role = c.method().equals("HEAD") ? "head" : c.status() >= 300 && c.status() < 400 ? "redirect" : "evidence";
                    uses.computeIfAbsent(c.responseRecordId(), k -> new Use(c, role, a.agency(), new ArrayList<>())).rows().add(r);
                }
                for (ArchivedCopy c : r.pathCopies()) {
                    uses.computeIfAbsent(c.responseRecordId(), k -> new Use(c, "click-path", a.agency(), new ArrayList<>())).rows().add(r);
                }
            }
        }
        try (JsonGenerator j = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeStringField("warcDir", Verification.WARC_DIR);
            j.writeStringField("digest", "SHA-256 of the HTTP payload (the body as received), hex");
            j.writeArrayFieldStart("records");
            for (Use u : uses.values()) {
                record(j, u);
            }
            j.writeEndArray();
            j.writeEndObject();
        }
    }

    private static void record(JsonGenerator j, Use u) throws IOException {
        ArchivedCopy c = u.copy();
        j.writeStartObject();
        j.writeStringField("url", c.url());
        j.writeStringField("method", c.method());
        j.writeNumberField("status", c.status());
        j.writeStringField("role", u.role());
        j.writeStringField("agency", u.agency());
        j.writeStringField("warcFile", Verification.WARC_DIR + "/" + c.warcFile());
        j.writeNumberField("offset", c.offset());
        j.writeStringField("recordId", c.responseRecordId());
        j.writeStringField("requestRecordId", c.requestRecordId());
        j.writeStringField("sha256", c.sha256());
        j.writeNumberField("payloadBytes", c.payloadBytes());
        j.writeBooleanField("truncated", c.truncated());
        j.writeStringField("fetchedAt", c.fetchedAt().toString());
        j.writeStringField("verdict", u.rows().get(0).verdict().name());
        j.writeArrayFieldStart("rows");
        for (RowResult r : u.rows()) {
            j.writeStartObject();
            j.writeNumberField("line", r.row().line());
            j.writeStringField("item", r.row().item());
            j.writeStringField("verdict", r.verdict().name());
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
    }
}
