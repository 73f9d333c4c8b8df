package io.signalbox.domain;

/** Why a test call got no answer, in the categories the operator is shown. */
public enum FailureKind {
    DNS,
    REFUSED,
    TLS,
    TIMEOUT,
    CANCELLED,
    TOKEN,
    INVALID_PAYLOAD,
    OTHER
}
