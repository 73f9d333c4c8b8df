package io.signalbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {

    private static final String SIGNING = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static Stream<Arguments> validOfEachKind() {
        return Stream.of(
                Arguments.of(Auth.none(), AuthKind.NONE, null),
                Arguments.of(new Auth.Basic("ops", Secret.of("pw-1")), AuthKind.BASIC, "pw-1"),
                Arguments.of(new Auth.Bearer(Secret.of("tok-1")), AuthKind.BEARER, "tok-1"),
                Arguments.of(new Auth.ApiKey("X-API-Key", Secret.of("key-1")), AuthKind.API_KEY, "key-1"),
                Arguments.of(new Auth.Signature(Secret.of(SIGNING)), AuthKind.SIGNATURE, SIGNING),
                Arguments.of(new Auth.OAuth2Client("https://id.example.com/oauth/token", "client-1", Secret.of("cs-1"),
                        "hooks.write"), AuthKind.OAUTH2_CLIENT_CREDENTIALS, "cs-1"));
    }

    @ParameterizedTest
    @MethodSource("validOfEachKind")
    void aCompleteAuthOfEachKindHasNoProblemsAndExposesItsOneSecret(Auth auth, AuthKind kind, String secret) {
        assertThat(auth.problems()).isEmpty();
        assertThat(auth.kind()).isEqualTo(kind);
        assertThat(auth.secret() == null ? null : auth.secret().reveal()).isEqualTo(secret);
        assertThat(auth.needsSecret()).isEqualTo(kind != AuthKind.NONE);
    }

    @ParameterizedTest
    @MethodSource("validOfEachKind")
    void withSecretReplacesOnlyTheSecret(Auth auth, AuthKind kind, String secret) {
        Auth replaced = auth.withSecret(Secret.of("whsec_" + "A".repeat(40)));
        assertThat(replaced.kind()).isEqualTo(kind);
        if (kind == AuthKind.NONE) {
            assertThat(replaced).isEqualTo(auth);
        } else {
            assertThat(replaced.secret().reveal()).isEqualTo("whsec_" + "A".repeat(40));
            assertThat(replaced.withSecret(auth.secret())).isEqualTo(auth);
        }
    }

    @ParameterizedTest
    @MethodSource("validOfEachKind")
    void printingAnAuthNeverShowsItsSecret(Auth auth, AuthKind kind, String secret) {
        if (secret != null) {
            assertThat(auth.toString()).doesNotContain(secret).contains(Secret.MASK);
        }
    }

    static Stream<Arguments> missingSecretOfEachKind() {
        return Stream.of(
                Arguments.of(new Auth.Basic("ops", null), "auth.password"),
                Arguments.of(new Auth.Basic("ops", Secret.of("  ")), "auth.password"),
                Arguments.of(new Auth.Bearer(null), "auth.token"),
                Arguments.of(new Auth.Bearer(Secret.of("")), "auth.token"),
                Arguments.of(new Auth.ApiKey("X-API-Key", null), "auth.value"),
                Arguments.of(new Auth.Signature(null), "auth.secret"),
                Arguments.of(new Auth.Signature(Secret.of(" ")), "auth.secret"),
                Arguments.of(new Auth.OAuth2Client("https://id.example.com/token", "client-1", null, ""), "auth.clientSecret"));
    }

    @ParameterizedTest
    @MethodSource("missingSecretOfEachKind")
    void aMissingOrBlankSecretIsAskedForOnItsField(Auth auth, String field) {
        assertThat(auth.problems()).extracting(Problem::toString).containsExactly(field + ": this secret is required");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void basicNeedsAUserName(String username) {
        assertThat(new Auth.Basic(username, Secret.of("pw")).problems()).extracting(Problem::toString)
                .containsExactly("auth.username: enter the user name");
    }

    @Test
    void aBasicUserNameCannotHoldAColonOrAControlCharacter() {
        assertThat(new Auth.Basic("ops:admin", Secret.of("pw")).problems()).extracting(Problem::message)
                .containsExactly("a Basic user name cannot contain \u201c:\u201d");
        assertThat(new Auth.Basic("ops\u0001", Secret.of("pw")).problems()).extracting(Problem::message)
                .containsExactly("contains a control character");
        assertThat(new Auth.Basic("ops", Secret.of("pass:with:colons")).problems()).isEmpty();
    }

    @Test
    void aBearerTokenCannotHoldWhitespace() {
        assertThat(new Auth.Bearer(Secret.of("abc def")).problems()).extracting(Problem::toString)
                .containsExactly("auth.token: a bearer token cannot contain spaces");
    }

    @Test
    void aSecretWithALineBreakIsRefusedWithoutRepeatingIt() {
        Auth auth = new Auth.ApiKey("X-API-Key", Secret.of("key-1\r\nX-Evil: 1"));
        assertThat(auth.problems()).extracting(Problem::toString)
                .containsExactly("auth.value: contains a control character");
    }

    @Test
    void apiKeyNeedsAValidUnreservedHeaderName() {
        assertThat(new Auth.ApiKey(null, Secret.of("k")).problems()).extracting(Problem::toString)
                .containsExactly("auth.header: enter the header name");
        assertThat(new Auth.ApiKey("X API Key", Secret.of("k")).problems()).extracting(Problem::field)
                .containsExactly("auth.header");
        assertThat(new Auth.ApiKey("Content-Length", Secret.of("k")).problems()).extracting(Problem::field)
                .containsExactly("auth.header");
        assertThat(new Auth.ApiKey("X-Key\r\n", Secret.of("k")).problems()).extracting(Problem::message)
                .containsExactly("line breaks are not allowed in headers");
        assertThat(Auth.DEFAULT_API_KEY_HEADER).isEqualTo("X-API-Key");
    }

    @Test
    void signatureNeedsAWellFormedSigningSecret() {
        assertThat(new Auth.Signature(Secret.of("not-a-whsec")).problems()).extracting(Problem::toString)
                .containsExactly("auth.secret: a signing secret starts with whsec_");
    }

    @Test
    void oauth2NeedsATokenUrlAClientIdAndAClientSecretButNoScope() {
        assertThat(new Auth.OAuth2Client(null, null, null, null).problems()).extracting(Problem::toString).containsExactly(
                "auth.tokenUrl: enter the endpoint URL",
                "auth.clientId: enter the client id",
                "auth.clientSecret: this secret is required");
        assertThat(new Auth.OAuth2Client("ftp://id.example.com", "c", Secret.of("s"), null).problems())
                .extracting(Problem::field).containsExactly("auth.tokenUrl");
        assertThat(new Auth.OAuth2Client("https://id.example.com/t", "c", Secret.of("s"), "a\nb").problems())
                .extracting(Problem::field).containsExactly("auth.scope");
        assertThat(new Auth.OAuth2Client("https://id.example.com/t", "c", Secret.of("s"), null).problems()).isEmpty();
    }

    @Test
    void textFieldsAndSecretsFitTheStore() {
        String thousand = "u".repeat(Auth.MAX_TEXT);
        String longer = thousand + "u";
        assertThat(new Auth.Basic(thousand, Secret.of("pw")).problems()).isEmpty();
        assertThat(new Auth.Basic(longer, Secret.of("pw")).problems()).extracting(Problem::toString)
                .containsExactly("auth.username: is longer than 1,000 characters");
        assertThat(new Auth.OAuth2Client("https://id.example.com/t", longer, Secret.of("s"), longer).problems())
                .extracting(Problem::field).containsExactly("auth.clientId", "auth.scope");
        assertThat(new Auth.Bearer(Secret.of("t".repeat(Auth.MAX_SECRET_BYTES))).problems()).isEmpty();
        assertThat(new Auth.Bearer(Secret.of("t".repeat(Auth.MAX_SECRET_BYTES + 1))).problems())
                .extracting(Problem::field).containsExactly("auth.token");
        assertThat(new Auth.Basic("ops", Secret.of("ñ".repeat(Auth.MAX_SECRET_BYTES / 2 + 1))).problems())
                .extracting(Problem::message).containsExactly("a secret has at most 8,000 bytes (most characters take one)");
    }

    @Test
    void aUrlWithIncompleteAuthCannotBeBuilt() {
        assertThatThrownBy(() -> new NotificationUrl(UUID.randomUUID(), UUID.randomUUID(), "https://crm.example.com",
                Subscription.all(), new Auth.Basic("", null), true, "", Map.of(), 10))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .containsExactly("auth.username", "auth.password"));
    }

    @Test
    void noProblemMessageEverRepeatsASecret() {
        String token = "tok en-SUPERSECRET-1";
        String pass = "pw\u0001SUPERSECRET-2";
        String signing = "whsec_SUPERSECRET-3!";
        List<Problem> problems = NotificationUrl.check("https://user:SUPERSECRET-4@x.example", List.of(),
                new Auth.Bearer(Secret.of(token)), "", Map.of(), 10);
        problems = Stream.of(problems, new Auth.Basic("ops", Secret.of(pass)).problems(),
                new Auth.Signature(Secret.of(signing)).problems()).flatMap(List::stream).toList();
        assertThat(problems).hasSize(5);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.toString()).doesNotContain("SUPERSECRET"));
    }
}
