package th.oitcrawler.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.FreshnessRule;
import th.oitcrawler.checklist.Indicator;
import th.oitcrawler.checklist.SubIndicator;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.EvidenceRef;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Reason;
import th.oitcrawler.score.Verdict;

/**
 * Streams {@code report.json}, the machine contract of {@code check} (design notes, "report.json"):
 * scripts and the nightly batch read it, so field names and value spellings never change silently.
 * Keys of score maps follow checklist order and every verdict appears in {@code counts}, so two runs
 * over the same site produce byte-identical files.
 */
public final class ReportJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJsonWriter() {
    }

    /** Writes {@code report} as pretty-printed UTF-8 JSON; does not close {@code out}. */
    public static void write(CheckReport report, OutputStream out) throws IOException {
        try (JsonGenerator j = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeStringField("homepage", report.homepage());
            j.writeStringField("checklist", report.checklist().id());
            j.writeNumberField("assessmentYear", report.checklist().assessmentYear());
            j.writeStringField("asOf", report.asOf().toString());
            GraphJsonWriter.writeSummary(j, report.crawl());
            j.writeArrayFieldStart("items");
            for (ItemResult r : report.items()) {
                writeItem(j, r);
            }
            j.writeEndArray();
            writeScore(j, report);
            j.writeObjectFieldStart("counts");
            for (Verdict v : Verdict.values()) {
                j.writeNumberField(v.name(), report.count(v));
            }
            j.writeEndObject();
            j.writeEndObject();
        }
    }

    private static void writeItem(JsonGenerator j, ItemResult r) throws IOException {
        ChecklistItem item = r.item();
        j.writeStartObject();
        j.writeStringField("code", item.code());
        j.writeStringField("title", item.title());
        j.writeStringField("titleEn", item.titleEn());
        j.writeStringField("indicator", item.indicatorCode());
        j.writeStringField("subIndicator", item.subIndicatorCode());
        j.writeStringField("verdict", r.verdict().name());
        j.writeNumberField("score", r.score());
        j.writeArrayFieldStart("freshness");
        for (FreshnessRule f : item.freshness()) {
            j.writeString(f.json());
        }
        j.writeEndArray();
        j.writeStringField("confidence", item.confidence().json());
        j.writeArrayFieldStart("evidence");
        for (EvidenceRef e : r.evidence()) {
            writeEvidence(j, e);
        }
        j.writeEndArray();
        j.writeArrayFieldStart("reasons");
        for (Reason reason : r.reasons()) {
            j.writeStartObject();
            j.writeStringField("th", reason.th());
            j.writeStringField("en", reason.en());
            j.writeStringField("fixTh", reason.fixTh());
            j.writeStringField("fixEn", reason.fixEn());
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
    }

    private static void writeEvidence(JsonGenerator j, EvidenceRef e) throws IOException {
        j.writeStartObject();
        j.writeStringField("url", e.url());
        j.writeNumberField("httpStatus", e.httpStatus());
        j.writeStringField("foundBy", e.foundBy());
        j.writeStringField("label", e.label());
        j.writeArrayFieldStart("dates");
        for (String d : e.dates()) {
            j.writeString(d);
        }
        j.writeEndArray();
        GraphJsonWriter.writePath(j, e.clickPath());
        j.writeEndObject();
    }

    private static void writeScore(JsonGenerator j, CheckReport report) throws IOException {
        List<Indicator> indicators = report.checklist().indicators();
        j.writeObjectFieldStart("score");
        j.writeNumberField("overall", report.scores().overall());
        writeMap(j, "byIndicator", report.scores().byIndicator(),
                indicators.stream().map(Indicator::code).toList());
        writeMap(j, "bySubIndicator", report.scores().bySubIndicator(),
                indicators.stream().flatMap(i -> i.subIndicators().stream()).map(SubIndicator::code).toList());
        j.writeEndObject();
    }

    /** The entries of {@code scores} in checklist order, then any others sorted by key. */
    private static void writeMap(JsonGenerator j, String field, Map<String, Double> scores, List<String> order)
            throws IOException {
        j.writeObjectFieldStart(field);
        for (String code : order) {
            Double v = scores.get(code);
            if (v != null) {
                j.writeNumberField(code, v);
            }
        }
        Map<String, Double> rest = new TreeMap<>(scores);
        rest.keySet().removeAll(order);
        for (Map.Entry<String, Double> e : rest.entrySet()) {
            j.writeNumberField(e.getKey(), e.getValue());
        }
        j.writeEndObject();
    }
}
