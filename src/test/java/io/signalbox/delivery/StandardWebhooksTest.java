package io.signalbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import io.signalbox.domain.SignatureVerdict;
import io.signalbox.domain.SigningSecret;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Our signatures against the Standard Webhooks specification's published test vector (the one its
 * libraries test with) and against the independent Java library.
 */
class StandardWebhooksTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String PAYLOAD = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void reproducesTheSpecificationsTestVectorExactly() throws Exception {
        assertThat(StandardWebhooks.sign(SECRET, MSG_ID, TIMESTAMP, PAYLOAD)).isEqualTo(EXPECTED);
        assertThat(new Webhook(SECRET).sign(MSG_ID, TIMESTAMP, PAYLOAD)).as("the library agrees").isEqualTo(EXPECTED);
    }

    @Test
    void verifiesTheTestVectorAtItsOwnTime() {
        StandardWebhooks.Verdict verdict = StandardWebhooks.verify(SECRET, MSG_ID, Long.toString(TIMESTAMP), EXPECTED,
                PAYLOAD, Instant.ofEpochSecond(TIMESTAMP + 10));

        assertThat(verdict.verdict()).isEqualTo(SignatureVerdict.VALID);
        assertThat(verdict.detail()).isEqualTo("signature verifies with the given secret");
    }

    @Test
    void agreesWithTheLibraryOnFreshSecretsAndUnicodeBodies() throws Exception {
        for (int i = 0; i < 20; i++) {
            String secret = SigningSecret.generate();
            String body = "{\"reply\":\"Sí, gracias ✓ " + i + "\"}";
            assertThat(StandardWebhooks.sign(secret, "id-" + i, TIMESTAMP + i, body))
                    .isEqualTo(new Webhook(secret).sign("id-" + i, TIMESTAMP + i, body));
        }
    }

    @Test
    void aChangedBodyIdOrSecretIsInvalidAndSaysSo() {
        Instant then = Instant.ofEpochSecond(TIMESTAMP);
        String ts = Long.toString(TIMESTAMP);

        assertThat(StandardWebhooks.verify(SECRET, MSG_ID, ts, EXPECTED, "{\"test\": 2432232315}", then))
                .isEqualTo(new StandardWebhooks.Verdict(SignatureVerdict.INVALID, "no v1 signature matches "
                        + "(the body, webhook-id, webhook-timestamp or the secret differ)"));
        assertThat(StandardWebhooks.verify(SECRET, "msg_other", ts, EXPECTED, PAYLOAD, then).verdict())
                .isEqualTo(SignatureVerdict.INVALID);
        assertThat(StandardWebhooks.verify(SigningSecret.generate(), MSG_ID, ts, EXPECTED, PAYLOAD, then).verdict())
                .isEqualTo(SignatureVerdict.INVALID);
    }

    @Test
    void anyOfSeveralSpaceSeparatedSignaturesMayMatch() {
        String header = "v1,bm90IHRoaXMgb25l " + EXPECTED;

        assertThat(StandardWebhooks.verify(SECRET, MSG_ID, Long.toString(TIMESTAMP), header, PAYLOAD,
                Instant.ofEpochSecond(TIMESTAMP)).verdict()).isEqualTo(SignatureVerdict.VALID);
        assertThat(StandardWebhooks.verify(SECRET, MSG_ID, Long.toString(TIMESTAMP), "v1a,abc", PAYLOAD,
                Instant.ofEpochSecond(TIMESTAMP)).detail()).isEqualTo("webhook-signature holds no v1 signature");
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsInvalidWhateverTheSignature() {
        String ts = Long.toString(TIMESTAMP);

        assertThat(StandardWebhooks.verify(SECRET, MSG_ID, ts, EXPECTED, PAYLOAD, Instant.ofEpochSecond(TIMESTAMP + 301)))
                .isEqualTo(new StandardWebhooks.Verdict(SignatureVerdict.INVALID,
                        "webhook-timestamp is 301 s old: more than 5 minutes off this computer's clock"));
        assertThat(StandardWebhooks.verify(SECRET, MSG_ID, ts, EXPECTED, PAYLOAD, Instant.ofEpochSecond(TIMESTAMP - 3600)))
                .isEqualTo(new StandardWebhooks.Verdict(SignatureVerdict.INVALID,
                        "webhook-timestamp is 3600 s ahead: more than 5 minutes off this computer's clock"));
        assertThat(StandardWebhooks.verify(SECRET, MSG_ID, ts, EXPECTED, PAYLOAD, Instant.ofEpochSecond(TIMESTAMP + 300))
                .verdict()).isEqualTo(SignatureVerdict.VALID);
        assertThat(StandardWebhooks.verify(SECRET, MSG_ID, "2021-02-25", EXPECTED, PAYLOAD, Instant.now()).detail())
                .isEqualTo("webhook-timestamp is not Unix seconds");
    }

    @Test
    void withoutSecretOrSignatureNothingIsChecked() {
        assertThat(StandardWebhooks.verify(null, MSG_ID, "1", EXPECTED, PAYLOAD, Instant.now()).verdict())
                .isEqualTo(SignatureVerdict.NO_SECRET);
        assertThat(StandardWebhooks.verify(SECRET, null, null, null, PAYLOAD, Instant.now()).verdict())
                .isEqualTo(SignatureVerdict.NOT_SIGNED);
        assertThat(StandardWebhooks.verify(SECRET, null, "1", EXPECTED, PAYLOAD, Instant.now()))
                .isEqualTo(new StandardWebhooks.Verdict(SignatureVerdict.INVALID, "the webhook-id header is missing"));
    }
}
