package io.signalbox.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Standard Webhooks signing secrets: {@code whsec_} followed by base64 of 24–64 random bytes. */
public final class SigningSecret {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    public static final int GENERATED_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecret() {
    }

    /** A new secret of {@value #GENERATED_BYTES} random bytes. */
    public static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key: the base64-decoded part after the prefix. Call only on a secret that passed {@link #check}. */
    public static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    /** Problems of a signing secret's form; the message never repeats the value. */
    public static List<Problem> check(String field, String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return List.of(Texts.problem(field, "signature.prefix"));
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return List.of(Texts.problem(field, "signature.base64"));
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            return List.of(Texts.problem(field, "signature.length", MIN_BYTES, MAX_BYTES, key.length));
        }
        return List.of();
    }
}
