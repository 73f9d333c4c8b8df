package io.signalbox.domain;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * A secret value (password, token, key, signing or client secret). Its {@code toString} never
 * shows the value, so a secret that slips into a log line, an exception or a record's text is masked.
 */
public final class Secret {

    public static final String MASK = "••••••••";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a value; null stays null so that "no secret" is explicit. */
    public static Secret of(String value) {
        return value == null ? null : new Secret(value);
    }

    /** The clear value, for the one place that must use it (sending, encrypting, an explicit reveal). */
    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
