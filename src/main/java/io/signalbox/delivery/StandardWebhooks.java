package io.signalbox.delivery;

import io.signalbox.domain.SignatureVerdict;
import io.signalbox.domain.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (standardwebhooks.com, v1): HMAC-SHA256 over
 * {@code id.timestamp.body} with the base64-decoded part of a {@code whsec_} secret, sent as
 * {@code webhook-signature: v1,<base64>}. Signs our calls and checks what the local receiver gets.
 */
public final class StandardWebhooks {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    /** How far a timestamp may be from the receiver's clock, as the specification recommends. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooks() {
    }

    /** The {@code webhook-signature} value for a message. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(SigningSecret.key(secret), id, timestampSeconds, body));
    }

    /** The verdict on a received request's three headers (each null when absent) and body. */
    public static Verdict verify(String secret, String id, String timestamp, String signature, String body,
                                 Instant now) {
        if (secret == null) {
            return new Verdict(SignatureVerdict.NO_SECRET, DeliveryTexts.get("verdict.noSecret"));
        }
        if (signature == null) {
            return new Verdict(SignatureVerdict.NOT_SIGNED, DeliveryTexts.get("verdict.notSigned"));
        }
        if (id == null || timestamp == null) {
            return invalid("verdict.missingHeader", id == null ? ID_HEADER : TIMESTAMP_HEADER);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return invalid("verdict.timestampForm");
        }
        long offBy = now.getEpochSecond() - seconds;
        if (Math.abs(offBy) > TOLERANCE.toSeconds()) {
            return invalid(offBy > 0 ? "verdict.timestampOld" : "verdict.timestampFuture", Long.toString(Math.abs(offBy)),
                    TOLERANCE.toMinutes());
        }
        byte[] expected = hmac(SigningSecret.key(secret), id, seconds, body);
        boolean anyV1 = false;
        for (String entry : signature.strip().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                continue;
            }
            anyV1 = true;
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return new Verdict(SignatureVerdict.VALID, DeliveryTexts.get("verdict.valid"));
            }
        }
        return anyV1 ? invalid("verdict.mismatch") : invalid("verdict.noV1");
    }

    private static Verdict invalid(String key, Object... args) {
        return new Verdict(SignatureVerdict.INVALID, DeliveryTexts.get(key, args));
    }

    private static byte[] hmac(byte[] key, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A verdict with its reason in words. */
    public record Verdict(SignatureVerdict verdict, String detail) {
    }
}
