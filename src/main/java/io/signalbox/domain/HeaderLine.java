package io.signalbox.domain;

import java.util.Objects;

/** One HTTP header as shown to the operator (in a sent request, secret values already masked). */
public record HeaderLine(String name, String value) {

    public HeaderLine {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
