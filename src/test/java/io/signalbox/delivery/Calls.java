package io.signalbox.delivery;

import io.signalbox.domain.Auth;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Subscription;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Notification URLs and calls for the delivery tests. */
final class Calls {

    static final UUID BOT = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    static final String PAYLOAD_ID = "c75170d3-917d-48a4-8b15-5d0a4a2f1c3e";

    private Calls() {
    }

    static NotificationUrl url(String address, Auth auth) {
        return url(address, auth, Map.of(), 10);
    }

    static NotificationUrl url(String address, Auth auth, Map<String, String> headers, int timeoutSeconds) {
        return new NotificationUrl(UUID.randomUUID(), BOT, address, Subscription.all(), auth, true, "", headers,
                timeoutSeconds);
    }

    static Map<String, String> tenantHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Tenant", "ec");
        headers.put("X-Trace", "say \"hola\"");
        return headers;
    }

    /** A READ payload body as sent (one line), with the current time. */
    static OutgoingCall call(NotificationUrl url) {
        long now = Instant.now().getEpochSecond();
        String body = "{\"id\":\"" + PAYLOAD_ID + "\",\"status\":\"READ\",\"timestamp\":\"" + now
                + "\",\"campaignId\":\"69efd9747eba1414ecbc66d2\",\"destination\":\"5939800000000\","
                + "\"isFinalEvent\":true,\"template\":\"autentica_01\"}";
        return new OutgoingCall(UUID.randomUUID(), url, EventType.READ, body, PAYLOAD_ID, now);
    }
}
