package io.signalbox.transfer;

/** The passphrase of an encrypted document is missing or does not open it; the message is one line. */
public final class PassphraseException extends Exception {

    private final boolean missing;

    private PassphraseException(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    static PassphraseException wrong() {
        return new PassphraseException(TransferTexts.get("passphrase.wrong"), false);
    }

    static PassphraseException none() {
        return new PassphraseException(TransferTexts.get("passphrase.missing"), true);
    }

    static PassphraseException tooShort() {
        return new PassphraseException(TransferTexts.get("passphrase.short", PassphraseKey.MIN_LENGTH), true);
    }

    /** True when none was given (ask for one), false when the one given is wrong. */
    public boolean isMissing() {
        return missing;
    }
}
