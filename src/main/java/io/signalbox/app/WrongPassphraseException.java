package io.signalbox.app;

/** The passphrase does not open the document's secrets; the message is one line. Nothing was changed. */
public final class WrongPassphraseException extends RuntimeException {

    public WrongPassphraseException(String message) {
        super(message);
    }
}
