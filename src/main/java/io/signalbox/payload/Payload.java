package io.signalbox.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.domain.EventType;
import io.signalbox.domain.PayloadValues;
import java.util.UUID;

/**
 * A payload the platform could send, checked field by field. Keeps the fields in the order they
 * were written, so what is sent is what the operator sees, minus the whitespace. Immutable.
 */
public final class Payload {

    private final ObjectNode object;

    Payload(ObjectNode object) {
        this.object = object.deepCopy();
    }

    public EventType event() {
        return EventType.valueOf(object.get(PayloadFields.STATUS).asText());
    }

    /** The payload's {@code id}: also the {@code webhook-id} of a signed call. */
    public String id() {
        return object.get(PayloadFields.ID).asText();
    }

    /** The payload's {@code timestamp}, Unix seconds as text. */
    public String timestamp() {
        return object.get(PayloadFields.TIMESTAMP).asText();
    }

    /**
     * The editable values as this payload holds them. {@code reply} and {@code error} appear only in
     * REPLY and FAILED payloads; for other statuses they are taken from {@code others}.
     */
    public PayloadValues values(PayloadValues others) {
        return new PayloadValues(text(PayloadFields.DESTINATION), text(PayloadFields.TEMPLATE),
                text(PayloadFields.CAMPAIGN_ID),
                object.has(PayloadFields.REPLY) ? text(PayloadFields.REPLY) : others.reply(),
                object.has(PayloadFields.ERROR) ? text(PayloadFields.ERROR) : others.error());
    }

    /** The same payload with another id and timestamp, each field where it was. */
    public Payload with(UUID id, long epochSeconds) {
        ObjectNode copy = object.deepCopy();
        copy.put(PayloadFields.ID, id.toString());
        copy.put(PayloadFields.TIMESTAMP, Long.toString(epochSeconds));
        return new Payload(copy);
    }

    /** The body as sent: one line, UTF-8 when encoded, as a webhook sender writes it. */
    public String compactJson() {
        return PayloadJson.compact(object);
    }

    /** The payload as shown to the operator: two-space indent, {@code "name": value}. */
    public String prettyJson() {
        return PayloadJson.pretty(object);
    }

    private String text(String field) {
        return object.get(field).asText();
    }

    @Override
    public String toString() {
        return compactJson();
    }
}
