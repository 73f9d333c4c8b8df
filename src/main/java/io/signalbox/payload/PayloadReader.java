package io.signalbox.payload;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.domain.EventType;
import io.signalbox.domain.PayloadValues;
import io.signalbox.domain.Problem;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a payload text the operator edited and refuses, in one line with the line and column,
 * anything the platform would not send: bad JSON, a missing, extra or duplicate field, a wrong type,
 * a value out of its rules.
 */
final class PayloadReader {

    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PayloadReader() {
    }

    /** The payload, or an {@link InvalidPayloadException} saying where and what is wrong. */
    static Payload read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPayloadException(PayloadTexts.get("payload.empty"));
        }
        Map<String, Located> fields = new LinkedHashMap<>();
        JsonLocation start;
        JsonLocation end;
        try (JsonParser parser = PayloadJson.parser(text)) {
            JsonToken token = parser.nextToken();
            start = parser.currentTokenLocation();
            if (token != JsonToken.START_OBJECT) {
                throw at(start, "payload.notObject");
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation nameAt = parser.currentTokenLocation();
                parser.nextToken();
                JsonLocation valueAt = parser.currentTokenLocation();
                JsonNode value = PayloadJson.MAPPER.readTree(parser);
                fields.put(name, new Located(value, nameAt, valueAt));
            }
            end = parser.currentTokenLocation();
            if (parser.nextToken() != null) {
                throw at(parser.currentTokenLocation(), "payload.trailing");
            }
        } catch (JacksonException e) {
            throw new InvalidPayloadException(JsonSyntax.describe(e));
        } catch (IOException e) {
            throw new InvalidPayloadException(PayloadTexts.get("json.other", e.getMessage()));
        }
        return check(fields, start, end);
    }

    private static Payload check(Map<String, Located> fields, JsonLocation start, JsonLocation end) {
        for (Map.Entry<String, Located> field : fields.entrySet()) {
            if (!PayloadFields.ALL.contains(field.getKey())) {
                throw at(field.getValue().nameAt, "payload.unknownField", field.getKey());
            }
        }
        Located status = fields.get(PayloadFields.STATUS);
        if (status == null) {
            throw at(end, "payload.missing", PayloadFields.STATUS);
        }
        EventType event = eventOf(status);
        List<String> expected = PayloadFields.of(event);
        for (Map.Entry<String, Located> field : fields.entrySet()) {
            if (!expected.contains(field.getKey())) {
                String only = field.getKey().equals(PayloadFields.ERROR) ? EventType.FAILED.name() : EventType.REPLY.name();
                throw at(field.getValue().nameAt, "payload.notInStatus", field.getKey(), only, event.name());
            }
        }
        for (String name : expected) {
            Located field = fields.get(name);
            if (field == null) {
                throw at(end, "payload.missing", name);
            }
            checkType(name, field);
        }
        checkForm(fields, PayloadFields.ID, UUID_TEXT, "payload.id");
        checkForm(fields, PayloadFields.TIMESTAMP, SECONDS, "payload.timestamp");
        PayloadValues values = new Payload(objectOf(fields)).values(new PayloadValues("", "", "", "", ""));
        for (Problem problem : values.problems()) {
            Located field = fields.get(problem.field());
            if (field != null) {
                throw at(field.valueAt, "payload.value", problem.field(), problem.message());
            }
        }
        return new Payload(objectOf(fields));
    }

    private static EventType eventOf(Located status) {
        if (status.value.isTextual()) {
            for (EventType event : EventType.values()) {
                if (event.name().equals(status.value.asText())) {
                    return event;
                }
            }
        }
        throw at(status.valueAt, "payload.status", status.value.toString());
    }

    private static void checkType(String name, Located field) {
        boolean right = name.equals(PayloadFields.IS_FINAL_EVENT) ? field.value.isBoolean() : field.value.isTextual();
        if (!right) {
            String key = name.equals(PayloadFields.IS_FINAL_EVENT) ? "payload.boolean" : "payload.string";
            throw at(field.valueAt, key, name);
        }
    }

    private static void checkForm(Map<String, Located> fields, String name, Pattern form, String key) {
        Located field = fields.get(name);
        if (!form.matcher(field.value.asText()).matches()) {
            throw at(field.valueAt, key);
        }
    }

    /** The fields as one object, in the order they were written. */
    private static ObjectNode objectOf(Map<String, Located> fields) {
        ObjectNode object = PayloadJson.MAPPER.createObjectNode();
        fields.forEach((name, located) -> object.set(name, located.value));
        return object;
    }

    static InvalidPayloadException at(JsonLocation where, String key, Object... args) {
        return new InvalidPayloadException(PayloadTexts.get("position", where.getLineNr(), where.getColumnNr(),
                PayloadTexts.get(key, args)));
    }

    /** A field's value with where its name and its value begin in the text. */
    private record Located(JsonNode value, JsonLocation nameAt, JsonLocation valueAt) {
    }
}
