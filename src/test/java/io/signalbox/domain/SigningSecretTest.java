package io.signalbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningSecretTest {

    private static String ofBytes(int count) {
        byte[] key = new byte[count];
        for (int i = 0; i < count; i++) {
            key[i] = (byte) (i * 37 + 11);
        }
        return SigningSecret.PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aGeneratedSecretIsWhsecAndBase64OfThirtyTwoRandomBytesThatPassesTheCheck() {
        String secret = SigningSecret.generate();
        assertThat(secret).startsWith("whsec_");
        assertThat(secret.substring(6)).matches("[A-Za-z0-9+/]+=*");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(SigningSecret.key(secret)).hasSize(32);
        assertThat(SigningSecret.check("auth.secret", secret)).isEmpty();
        assertThat(new Auth.Signature(Secret.of(secret)).problems()).isEmpty();
    }

    @Test
    void everyGeneratedSecretIsDifferent() {
        assertThat(IntStream.range(0, 50).mapToObj(i -> SigningSecret.generate())).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 32, 64})
    void twentyFourToSixtyFourBytesAreAccepted(int bytes) {
        assertThat(SigningSecret.check("auth.secret", ofBytes(bytes))).isEmpty();
        assertThat(SigningSecret.key(ofBytes(bytes))).hasSize(bytes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 23, 65, 128})
    void fewerThanTwentyFourOrMoreThanSixtyFourBytesAreRefused(int bytes) {
        assertThat(SigningSecret.check("auth.secret", ofBytes(bytes))).extracting(Problem::toString)
                .containsExactly("auth.secret: a signing secret decodes to 24\u201364 bytes (this one has " + bytes + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYqr", "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "whsec-MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", " whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", ""})
    void aSecretWithoutTheWhsecPrefixIsRefused(String secret) {
        assertThat(SigningSecret.check("auth.secret", secret)).extracting(Problem::message)
                .containsExactly("a signing secret starts with whsec_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whsec_not base64 at all!", "whsec_MfKQ9r8G-KYqrTwj_UPD8ILPZIo2LaLaSw", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw===",
            "whsec_Mf\nKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"})
    void aSecretWhoseRestIsNotBase64IsRefused(String secret) {
        assertThat(SigningSecret.check("auth.secret", secret)).extracting(Problem::message)
                .containsExactly("after whsec_ comes base64 (A\u2013Z, a\u2013z, 0\u20139, +, /, =)");
    }

    @Test
    void noSigningSecretProblemRepeatsTheSecret() {
        String[] malformed = {"whsec_SECRETVALUE", "whsec_SECRET VALUE", "SECRETVALUEwithoutprefix",
                ofBytes(23), ofBytes(65)};
        for (String secret : malformed) {
            assertThat(SigningSecret.check("auth.secret", secret)).singleElement().satisfies(problem -> {
                assertThat(problem.toString()).doesNotContain(secret).doesNotContain(secret.substring(6));
                assertThat(problem.toString()).doesNotContain("SECRETVALUE");
            });
        }
    }

    @Test
    void aSecretPrintsMasked() {
        Secret secret = Secret.of("s3cr3t-value");
        assertThat(secret.toString()).isEqualTo(Secret.MASK).doesNotContain("s3cr3t");
        assertThat(String.valueOf(secret)).isEqualTo("••••••••");
        assertThat(new Auth.Basic("ops", secret).toString()).isEqualTo("Basic[username=ops, password=••••••••]");
        assertThat(secret.reveal()).isEqualTo("s3cr3t-value");
    }

    @Test
    void secretsCompareByValueAndNullStaysNull() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).hasSameHashCodeAs(Secret.of("a")).isNotEqualTo(Secret.of("b"));
        assertThat(Secret.of(null)).isNull();
        assertThat(Secret.of(" \t").isBlank()).isTrue();
    }

    @Test
    void aRefusedBearerTokenNeverAppearsInTheExceptionMessage() {
        String token = "eyJhbGciOi JIUzI1NiJ9.TOKEN-VALUE";
        assertThatThrownBy(() -> new NotificationUrl(UUID.randomUUID(), UUID.randomUUID(), "https://crm.example.com",
                Subscription.all(), new Auth.Bearer(Secret.of(token)), true, "", Map.of(), 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("auth.token: a bearer token cannot contain spaces")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("TOKEN-VALUE").doesNotContain("eyJhbGciOi"));
        String controlToken = "TOKEN-VALUE\u0000";
        assertThatThrownBy(() -> new NotificationUrl(UUID.randomUUID(), UUID.randomUUID(), "https://crm.example.com",
                Subscription.all(), new Auth.Bearer(Secret.of(controlToken)), true, "", Map.of(), 10))
                .hasMessage("auth.token: contains a control character")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOKEN-VALUE"));
    }
}
