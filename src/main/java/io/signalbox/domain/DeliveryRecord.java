package io.signalbox.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One test delivery as kept in the history: what was sent (secrets masked) and either the answer
 * or the failure — exactly one of the two.
 */
public record DeliveryRecord(UUID id, UUID botId, UUID urlId, String url, Instant sentAt, EventType event,
                             SentRequest request, Optional<ReceivedResponse> response,
                             Optional<DeliveryFailure> failure, long elapsedMillis) {

    public DeliveryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(urlId, "urlId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(request, "request");
        response = response == null ? Optional.empty() : response;
        failure = failure == null ? Optional.empty() : failure;
        if (response.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a delivery has either a response or a failure");
        }
    }

    /** The endpoint answered with a 2xx status. */
    public boolean succeeded() {
        return response.map(ReceivedResponse::isSuccess).orElse(false);
    }
}
