package io.signalbox.transfer;

import java.util.Locale;
import java.util.Optional;

/** How a document carries auth secrets: {@code "omitted"} (null), {@code "plain"} or {@code "encrypted"}. */
public enum DocumentSecrets {
    OMITTED,
    PLAIN,
    ENCRYPTED;

    /** The value of the document's {@code secrets} field. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a {@code secrets} field names, exactly as written; empty for anything else. */
    public static Optional<DocumentSecrets> fromJson(String text) {
        for (DocumentSecrets mode : values()) {
            if (mode.jsonName().equals(text)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
