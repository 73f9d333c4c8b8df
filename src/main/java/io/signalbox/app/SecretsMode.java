package io.signalbox.app;

import java.util.Locale;

/** How an export carries the auth secrets: left out (null), in clear, or sealed with a passphrase. */
public enum SecretsMode {
    OMITTED,
    PLAIN,
    ENCRYPTED;

    /** The name in the document and on the command line: "omitted", "plain" or "encrypted". */
    public String documentName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
