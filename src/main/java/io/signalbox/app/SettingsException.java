package io.signalbox.app;

/** A use case could not be carried out; the message is one line an operator can act on. */
public final class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
