package io.signalbox.domain;

import java.util.List;

/**
 * What an endpoint answered: status, reason phrase, headers and body. The body holds at most
 * {@link #BODY_CAP_BYTES}; {@code truncated} says the cap cut it, and {@code sizeBytes} is how
 * many bytes arrived (or the announced Content-Length when that is larger).
 */
public record ReceivedResponse(int status, String reason, List<HeaderLine> headers, String body, long sizeBytes,
                               boolean truncated) {

    /** 1 MiB: the most of a response body that is kept and shown. */
    public static final int BODY_CAP_BYTES = 1024 * 1024;

    public ReceivedResponse {
        reason = reason == null ? "" : reason;
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** A 2xx answer. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header, ignoring the name's case. */
    public java.util.Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HeaderLine::value).findFirst();
    }
}
