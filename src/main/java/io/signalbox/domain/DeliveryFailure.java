package io.signalbox.domain;

import java.util.Objects;

/** A test call that got no answer: the kind and a plain one-line cause for the operator. */
public record DeliveryFailure(FailureKind kind, String message) {

    public DeliveryFailure {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message;
    }
}
