package io.signalbox.transfer;

import io.signalbox.domain.Auth;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A notification URL as a valid document gives it. Its auth's secret is null when the document
 * leaves it out (secrets omitted, or a null value): the import then keeps the stored one.
 */
public record DocumentUrl(String path, UUID id, String url, Subscription subscription, Auth auth, boolean enabled,
                          String description, Map<String, String> headers, int timeoutSeconds) {

    public DocumentUrl {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Whether the document gives the secret (false also for auth NONE, which has none). */
    public boolean secretGiven() {
        return auth.secret() != null;
    }

    /** Where the secret is in the document, e.g. {@code $.bots[0].notificationUrls[1].auth.token}. */
    public String secretPath() {
        String field = DocumentFormat.secretField(auth);
        return JsonPaths.field(JsonPaths.field(path, "auth"), field == null ? "type" : field);
    }

    /**
     * The URL to store under a bot, with the document's secret or else {@code storedSecret}; throws
     * (InvalidInputException) when the kind needs a secret and neither is there.
     */
    public NotificationUrl toNotificationUrl(UUID botId, Secret storedSecret) {
        Auth resolved = secretGiven() ? auth : auth.withSecret(storedSecret);
        return new NotificationUrl(id, botId, url, subscription, resolved, enabled, description, headers,
                timeoutSeconds);
    }
}
