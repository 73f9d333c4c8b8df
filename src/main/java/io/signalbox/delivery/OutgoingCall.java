package io.signalbox.delivery;

import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import java.util.Objects;
import java.util.UUID;

/**
 * A test call to make: to which URL (with its auth, headers and timeout), the payload body as sent,
 * and the payload's id and timestamp, which a signed call repeats in its webhook-* headers.
 */
public record OutgoingCall(UUID deliveryId, NotificationUrl url, EventType event, String body, String webhookId,
                           long timestampSeconds) {

    public OutgoingCall {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(webhookId, "webhookId");
    }
}
