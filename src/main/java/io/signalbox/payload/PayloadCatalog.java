package io.signalbox.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.domain.EventType;
import io.signalbox.domain.PayloadValues;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The event payloads as the platform sends them: one flat JSON object per status with exactly the
 * documented fields and types, a fresh {@code id} and {@code timestamp} for every payload made.
 * Thread-safe.
 */
public final class PayloadCatalog {

    private final Clock clock;
    private final Supplier<UUID> ids;

    public PayloadCatalog() {
        this(Clock.systemUTC(), UUID::randomUUID);
    }

    /** With a given clock and id source (tests). */
    public PayloadCatalog(Clock clock, Supplier<UUID> ids) {
        this.clock = clock;
        this.ids = ids;
    }

    /** The status's payload with these values, a fresh id and the current time. */
    public Payload sample(EventType event, PayloadValues values) {
        ObjectNode object = PayloadJson.MAPPER.createObjectNode();
        for (String field : PayloadFields.of(event)) {
            switch (field) {
                case PayloadFields.ID -> object.put(field, ids.get().toString());
                case PayloadFields.STATUS -> object.put(field, event.name());
                case PayloadFields.ERROR -> object.put(field, values.error());
                case PayloadFields.REPLY -> object.put(field, values.reply());
                case PayloadFields.TIMESTAMP -> object.put(field, Long.toString(clock.instant().getEpochSecond()));
                case PayloadFields.CAMPAIGN_ID -> object.put(field, values.campaignId());
                case PayloadFields.DESTINATION -> object.put(field, values.destination());
                case PayloadFields.IS_FINAL_EVENT -> object.put(field, true);
                case PayloadFields.TEMPLATE -> object.put(field, values.template());
                default -> throw new IllegalStateException("no such field " + field);
            }
        }
        return new Payload(object);
    }

    /** Reads an edited payload text; throws {@link InvalidPayloadException} with the position. */
    public Payload parse(String json) {
        return PayloadReader.read(json);
    }

    /** Empty when the text is a payload the platform could send; else one line with the position. */
    public Optional<String> problem(String json) {
        try {
            PayloadReader.read(json);
            return Optional.empty();
        } catch (InvalidPayloadException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The payload with a fresh id and the current time, as every send needs. */
    public Payload refresh(Payload payload) {
        return payload.with(ids.get(), clock.instant().getEpochSecond());
    }
}
