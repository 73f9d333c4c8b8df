package io.signalbox.transfer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals an encrypted document's secrets: derived once per document from the passphrase
 * (PBKDF2-HMAC-SHA256, random 16-byte salt), then AES-256-GCM per value with a fresh 12-byte nonce
 * and the value's place as associated data. Not thread-safe: one document, one thread.
 */
final class PassphraseKey {

    static final String KDF = "PBKDF2-HMAC-SHA256";
    static final String CIPHER = "AES-256-GCM";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    /** A document asking for more is refused rather than keeping the machine busy for minutes. */
    static final int MAX_ITERATIONS = 10_000_000;
    static final int MIN_LENGTH = 8;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CHECK_TEXT = "signalbox.config";
    private static final String CHECK_CONTEXT = "signalbox.config/1:check";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] salt;
    private final int iterations;
    private final Cipher cipher;

    private PassphraseKey(byte[] key, byte[] salt, int iterations) throws GeneralSecurityException {
        this.key = new SecretKeySpec(key, "AES");
        this.salt = salt.clone();
        this.iterations = iterations;
        this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    /** A new key for an export: a fresh salt, the standard iterations. */
    static PassphraseKey forExport(char[] passphrase) throws PassphraseException {
        if (passphrase == null || passphrase.length == 0) {
            throw PassphraseException.none();
        }
        if (Character.codePointCount(passphrase, 0, passphrase.length) < MIN_LENGTH) {
            throw PassphraseException.tooShort();
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return derive(passphrase, salt, ITERATIONS);
    }

    /**
     * Derives the key of an existing document. The passphrase is taken in Unicode NFC, so "ñ" typed
     * as one character or as n + combining tilde opens the same document.
     */
    static PassphraseKey derive(char[] passphrase, byte[] salt, int iterations) {
        char[] normalized = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            try {
                return new PassphraseKey(key, salt, iterations);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2/AES-GCM unavailable in this Java runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(normalized, '\0');
        }
    }

    String saltBase64() {
        return Base64.getEncoder().encodeToString(salt);
    }

    int iterations() {
        return iterations;
    }

    /** The check value the header carries: it opens only under the right passphrase. */
    String verifier() {
        return seal(CHECK_TEXT, CHECK_CONTEXT);
    }

    boolean verifies(String check) {
        return open(check, CHECK_CONTEXT).filter(CHECK_TEXT::equals).isPresent();
    }

    /** Where a URL's secret is bound: a sealed value copied to another URL or field does not open. */
    static String context(String urlId, String field) {
        return "signalbox.config/1:" + urlId + ":" + field;
    }

    /** base64(nonce ‖ ciphertext ‖ tag). */
    String seal(String clear, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** The clear value, or empty when it does not open (altered, moved, another key, not base64). */
    Optional<String> open(String sealed, String context) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] clear = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(clear)).toString());
        } catch (GeneralSecurityException | java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
