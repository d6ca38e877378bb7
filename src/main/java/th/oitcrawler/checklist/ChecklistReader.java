package th.oitcrawler.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses checklist JSON into {@link ChecklistFile} with Jackson, strictly: duplicate keys, unknown fields,
 * trailing content and type coercions ("2568" for a number, 5 for text) are errors. Jackson's failures
 * become {@link ChecklistException}s naming the file, line and column, or the item and field.
 */
final class ChecklistReader {

    // Configured once, never changed: ObjectMapper is thread-safe for reading after configuration.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private ChecklistReader() {}

    /** @param file the file name used in messages */
    static ChecklistFile read(byte[] json, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            throw new ChecklistException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ChecklistException(file, null, null, "empty file (expected a JSON object)");
        }
        if (!root.isObject()) {
            throw new ChecklistException(file, null, null,
                    "expected a JSON object at the top level, found " + describe(root));
        }
        try {
            return MAPPER.treeToValue(root, ChecklistFile.class);
        } catch (MismatchedInputException e) {
            throw mappingError(file, root, e);
        } catch (JsonProcessingException e) {
            throw new ChecklistException(file, null, null, "invalid checklist: " + e.getOriginalMessage(), e);
        }
    }

    private static ChecklistException syntaxError(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return new ChecklistException(file, null, null, where + "malformed JSON: " + e.getOriginalMessage(), e);
    }

    // Walks Jackson's path through the tree so the message can name the item by its code.
    private static ChecklistException mappingError(String file, JsonNode root, MismatchedInputException e) {
        List<Reference> path = e.getPath();
        int end = path.size();
        while (end > 0 && path.get(end - 1).getFieldName() == null) {
            end--; // an entry of a list of values: name the list, the problem names the entry
        }
        String item = null;
        StringBuilder field = new StringBuilder();
        JsonNode node = root;
        String previousName = null;
        for (int i = 0; i < end; i++) {
            Reference ref = path.get(i);
            if (ref.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
                node = node.path(ref.getFieldName());
                previousName = ref.getFieldName();
            } else {
                field.append('[').append(ref.getIndex()).append(']');
                node = node.path(ref.getIndex());
                String code = node.path("code").isTextual() ? node.path("code").asText().strip() : "";
                if ("items".equals(previousName) && !code.isEmpty()) {
                    item = code;
                    field.setLength(0);
                }
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new ChecklistException(file, item, field.toString(),
                    "unknown field (expected one of " + declaredFields(u.getReferringClass(), u.getKnownPropertyIds())
                            + ")", e);
        }
        String entry = end < path.size() ? "entry " + (path.get(end).getIndex() + 1) + ": " : "";
        JsonNode found = node;
        for (int i = end; i < path.size(); i++) {
            found = found.path(path.get(i).getIndex());
        }
        return new ChecklistException(file, item, field.toString(), entry + "wrong type: expected "
                + expected(e.getTargetType()) + ", found " + describe(found), e);
    }

    // Declaration order reads better than Jackson's set order, and matches the documented schema.
    private static String declaredFields(Class<?> type, Collection<Object> known) {
        if (type != null && type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another JSON type";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "text \"" + node.asText() + "\"";
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isNull() ? "null" : "nothing";
    }
}
