package io.signalbox.payload;

/** A payload text the platform could not have sent; the message is one line with the position. */
public final class InvalidPayloadException extends RuntimeException {

    public InvalidPayloadException(String message) {
        super(message);
    }
}
