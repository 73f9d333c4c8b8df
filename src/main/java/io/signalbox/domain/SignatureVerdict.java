package io.signalbox.domain;

/** Whether a request the local receiver got carries a valid Standard Webhooks signature. */
public enum SignatureVerdict {
    /** Signed, and the signature verifies with the given secret within the time tolerance. */
    VALID,
    /** Signed, but the signature or its timestamp does not hold (the detail says why). */
    INVALID,
    /** A secret was given but the request has no webhook-signature headers. */
    NOT_SIGNED,
    /** No secret was given, so nothing could be checked. */
    NO_SECRET
}
