package io.signalbox.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The document's JSON Schema (draft 2020-12, {@code signalbox-config.schema.json} beside this class;
 * a copy is in docs/), checked with networknt's validator. The head and each bot are checked
 * separately, so a large document is never held whole. Thread-safe once loaded.
 */
final class DocumentSchema {

    static final String RESOURCE = "signalbox-config.schema.json";
    static final String ID = "https://signalbox.io/schema/signalbox-config-1.schema.json";

    private final Schema document;
    private final Schema bot;

    private DocumentSchema(Schema document, Schema bot) {
        this.document = document;
        this.bot = bot;
    }

    static DocumentSchema load() {
        String text;
        try (InputStream in = DocumentSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The schema is served from memory under its $id: validation never touches the network.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(ID, text)));
        return new DocumentSchema(registry.getSchema(SchemaLocation.of(ID)),
                registry.getSchema(SchemaLocation.of(ID + "#/$defs/bot")));
    }

    /** Problems of the document's head: every field but the bots, which stand in as an empty array. */
    List<PathProblem> checkHead(JsonNode head) {
        return describe(JsonPaths.ROOT, document.validate(head));
    }

    /** Problems of one bot, with paths under {@code botPath}. */
    List<PathProblem> checkBot(String botPath, JsonNode botNode) {
        return describe(botPath, bot.validate(botNode));
    }

    private static List<PathProblem> describe(String base, List<Error> errors) {
        List<PathProblem> problems = new ArrayList<>(errors.size());
        for (Error error : errors) {
            problems.add(describe(base, error));
        }
        return problems;
    }

    private static PathProblem describe(String base, Error error) {
        String path = path(base, error.getInstanceLocation());
        JsonNode rule = error.getSchemaNode();
        String where = String.valueOf(error.getSchemaLocation());
        switch (error.getKeyword()) {
            case "required":
                return new PathProblem(JsonPaths.field(path, error.getProperty()), TransferTexts.get("schema.required"));
            case "additionalProperties":
                return new PathProblem(JsonPaths.field(path, error.getProperty()), TransferTexts.get("schema.unknownField"));
            case "type":
                return new PathProblem(path, TransferTexts.get("schema.type", typeOf(error.getInstanceNode()),
                        expectedTypes(rule)));
            case "enum":
                return new PathProblem(path, TransferTexts.get("schema.enum", values(rule), shown(error.getInstanceNode())));
            case "const":
                return new PathProblem(path, TransferTexts.get("schema.const", rule.toString()));
            case "minimum":
                return new PathProblem(path, TransferTexts.get("schema.minimum", rule.asText(),
                        shown(error.getInstanceNode())));
            case "maximum":
                return new PathProblem(path, TransferTexts.get("schema.maximum", rule.asText(),
                        shown(error.getInstanceNode())));
            case "minItems":
                return new PathProblem(path, TransferTexts.get("schema.minItems", rule.asInt()));
            case "uniqueItems":
                return new PathProblem(path, TransferTexts.get("schema.uniqueItems"));
            case "minLength":
                return new PathProblem(path, TransferTexts.get("schema.minLength", rule.asInt()));
            case "pattern":
                return new PathProblem(path, TransferTexts.get(patternKey(where)));
            default:
                return new PathProblem(path, error.getMessage());
        }
    }

    private static String patternKey(String schemaLocation) {
        if (schemaLocation.contains("/$defs/uuid/")) {
            return "schema.uuid";
        }
        if (schemaLocation.contains("/$defs/base64/")) {
            return "schema.base64";
        }
        if (schemaLocation.contains("/$defs/instant/")) {
            return "schema.instant";
        }
        return "schema.pattern";
    }

    private static String path(String base, NodePath location) {
        String path = base;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? JsonPaths.index(path, index)
                    : JsonPaths.field(path, String.valueOf(element));
        }
        return path;
    }

    private static String values(JsonNode rule) {
        return StreamSupport.stream(rule.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "));
    }

    private static String expectedTypes(JsonNode rule) {
        if (rule.isArray()) {
            return StreamSupport.stream(rule.spliterator(), false).map(JsonNode::asText)
                    .map(DocumentSchema::typeWord).collect(Collectors.joining(TransferTexts.get("schema.type.or")));
        }
        return typeWord(rule.asText());
    }

    private static String typeOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return typeWord("null");
        }
        if (node.isTextual()) {
            return typeWord("string");
        }
        if (node.isIntegralNumber()) {
            return typeWord("integer");
        }
        if (node.isNumber()) {
            return typeWord("number");
        }
        if (node.isBoolean()) {
            return typeWord("boolean");
        }
        return typeWord(node.isArray() ? "array" : "object");
    }

    private static String typeWord(String jsonType) {
        return TransferTexts.get("schema.type." + jsonType);
    }

    /** An enum or number value as the operator wrote it (never a secret: no secret field has such a rule). */
    private static String shown(JsonNode node) {
        if (node == null) {
            return "";
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
