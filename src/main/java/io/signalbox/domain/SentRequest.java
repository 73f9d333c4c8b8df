package io.signalbox.domain;

import java.util.List;
import java.util.Objects;

/** A test call as it was sent: method, URL, headers (secret values masked) and body. */
public record SentRequest(String method, String url, List<HeaderLine> headers, String body) {

    public SentRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? "" : body;
    }
}
