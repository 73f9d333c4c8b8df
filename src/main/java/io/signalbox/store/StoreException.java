package io.signalbox.store;

/** A store failure in one line an operator can act on (the cause is kept for the log only). */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
