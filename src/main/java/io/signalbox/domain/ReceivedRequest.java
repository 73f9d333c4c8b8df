package io.signalbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A request the local receiver got, headers as received, with the verdict on its signature. */
public record ReceivedRequest(Instant receivedAt, String method, String path, List<HeaderLine> headers, String body,
                              SignatureVerdict verdict, String verdictDetail) {

    public ReceivedRequest {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(verdict, "verdict");
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? "" : body;
        verdictDetail = verdictDetail == null ? "" : verdictDetail;
    }
}
