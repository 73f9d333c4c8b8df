package io.signalbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationUrlTest {

    private static final Auth BEARER = new Auth.Bearer(Secret.of("tok-123"));
    private static final Subscription READ = Subscription.of(SubscriptionEvent.READ);

    private static List<Map.Entry<String, String>> headers(String... namesAndValues) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(new SimpleEntry<>(namesAndValues[i], namesAndValues[i + 1]));
        }
        return headers;
    }

    private static NotificationUrl url(String address, Map<String, String> headers, int timeout) {
        return new NotificationUrl(UUID.randomUUID(), UUID.randomUUID(), address, READ, BEARER, true, "CRM", headers, timeout);
    }

    @Test
    void ordinaryExtraHeadersAreAccepted() {
        assertThat(NotificationUrl.checkHeaders(headers("X-Tenant", "ec", "X-Trace", "", "Accept-Language", "es-EC"), BEARER))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Tenant\r\nX-Evil: 1", "X-Tenant\n", "\rX-Tenant"})
    void aLineBreakInAHeaderNameIsRefused(String name) {
        assertThat(NotificationUrl.checkHeaders(headers(name, "ec"), BEARER))
                .extracting(Problem::toString).containsExactly("headers[0].name: line breaks are not allowed in headers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec\r\nX-Evil: 1", "ec\n", "\rec", "a\r"})
    void aLineBreakInAHeaderValueIsRefused(String value) {
        assertThat(NotificationUrl.checkHeaders(headers("X-Tenant", "ok", "X-Other", value), BEARER))
                .extracting(Problem::toString).containsExactly("headers[1].value: line breaks are not allowed in headers");
    }

    @Test
    void otherControlCharactersInAValueAreRefusedButATabIsFine() {
        assertThat(NotificationUrl.checkHeaders(headers("X-A", "a\u0000b"), BEARER)).extracting(Problem::message)
                .containsExactly("contains a control character");
        assertThat(NotificationUrl.checkHeaders(headers("X-A", "a\tb"), BEARER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host", "host", "HOST", "Content-Length", "content-length", "CONTENT-LENGTH", "Content-Type",
            "Transfer-Encoding", "Connection", "Keep-Alive", "TE", "Upgrade", "Authorization", "webhook-signature",
            "Webhook-Id", "WEBHOOK-TIMESTAMP"})
    void namesSignalboxSetsItselfOrHopByHopNamesAreRefusedInAnyCase(String name) {
        assertThat(NotificationUrl.checkHeaders(headers(name, "x"), BEARER)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("headers[0].name");
            assertThat(problem.message()).isEqualTo(name + " is set by Signalbox itself and cannot be an extra header");
        });
        assertThat(HeaderRules.isReserved(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X Tenant", "X-Tenant:", "X-Ñandú", "(X)", "X/Y", "\"X\""})
    void aNameThatIsNotAnHttpTokenIsRefused(String name) {
        assertThat(NotificationUrl.checkHeaders(headers(name, "x"), BEARER)).extracting(Problem::message).singleElement()
                .asString().endsWith("is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)");
    }

    @Test
    void anEmptyNameOrAMissingValueIsAskedFor() {
        assertThat(NotificationUrl.checkHeaders(headers("", "x", "X-A", null), BEARER)).extracting(Problem::toString)
                .containsExactly("headers[0].name: enter the header name", "headers[1].value: enter the header value");
    }

    @Test
    void namesAndValuesHaveLimits() {
        assertThat(NotificationUrl.checkHeaders(headers("X".repeat(100), "v".repeat(4000)), BEARER)).isEmpty();
        assertThat(NotificationUrl.checkHeaders(headers("X".repeat(101), "v"), BEARER)).extracting(Problem::field)
                .containsExactly("headers[0].name");
        assertThat(NotificationUrl.checkHeaders(headers("X-A", "v".repeat(4001)), BEARER)).extracting(Problem::message)
                .containsExactly("a header value has at most 4,000 characters");
    }

    @Test
    void aNameThatAppearsTwiceIgnoringCaseIsRefusedAtTheSecondRow() {
        assertThat(NotificationUrl.checkHeaders(headers("X-Tenant", "ec", "X-Trace", "1", "x-tenant", "pe"), BEARER))
                .extracting(Problem::toString).containsExactly("headers[2].name: x-tenant appears twice");
    }

    @Test
    void aNameThatClashesWithTheApiKeyHeaderIsRefused() {
        Auth apiKey = new Auth.ApiKey("X-API-Key", Secret.of("k-1"));
        assertThat(NotificationUrl.checkHeaders(headers("x-api-key", "other"), apiKey)).extracting(Problem::toString)
                .containsExactly("headers[0].name: x-api-key is already the API key header");
        assertThat(NotificationUrl.checkHeaders(headers("x-api-key", "other"), BEARER)).isEmpty();
    }

    @Test
    void theConstructorRefusesBadHeadersEvenWhenTheMapHidesTheCaseDuplicate() {
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("X-Tenant", "ec");
        twice.put("X-TENANT", "pe");
        assertThatThrownBy(() -> url("https://crm.example.com", twice, 10))
                .isInstanceOf(InvalidInputException.class).hasMessage("headers[1].name: X-TENANT appears twice");
        assertThatThrownBy(() -> url("https://crm.example.com", Map.of("Host", "evil.example"), 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Host is set by Signalbox itself");
    }

    @Test
    void headersKeepTheirOrderAndCannotBeChangedAfterwards() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("X-Z", "1");
        typed.put("X-A", "2");
        typed.put("X-M", "3");
        NotificationUrl url = url("https://crm.example.com", typed, 10);
        typed.put("X-B", "4");
        assertThat(url.headers().keySet()).containsExactly("X-Z", "X-A", "X-M");
        assertThatThrownBy(() -> url.headers().put("X-C", "5")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(url("https://crm.example.com", null, 10).headers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 60})
    void aTimeoutFromOneToSixtySecondsIsAccepted(int seconds) {
        assertThat(NotificationUrl.checkTimeout(seconds)).isEmpty();
        assertThat(url("https://crm.example.com", Map.of(), seconds).timeoutSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 61, 600})
    void aTimeoutOutsideOneToSixtySecondsIsRefused(int seconds) {
        assertThat(NotificationUrl.checkTimeout(seconds)).extracting(Problem::toString)
                .containsExactly("timeoutSeconds: the timeout is 1\u201360 seconds (not " + seconds + ")");
        assertThatThrownBy(() -> url("https://crm.example.com", Map.of(), seconds)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDefaultTimeoutIsTenSeconds() {
        assertThat(NotificationUrl.DEFAULT_TIMEOUT_SECONDS).isEqualTo(10);
    }

    @Test
    void everyBrokenRuleIsListedAtOnceWithItsField() {
        List<Problem> problems = NotificationUrl.check("ftp://x", List.of(), new Auth.Bearer(null), "d".repeat(4001),
                Map.of("Host", "x"), 0);
        assertThat(problems).extracting(Problem::field)
                .containsExactly("url", "events", "auth.token", "headers[0].name", "timeoutSeconds", "description");
        assertThat(NotificationUrl.check("https://x.example", List.of(SubscriptionEvent.ALL), null, "", Map.of(), 10))
                .extracting(Problem::toString).containsExactly("auth: choose an authentication kind");
    }

    @Test
    void duplicateGivesANewIdAndTheSameFields() {
        NotificationUrl original = url("https://crm.example.com/hook", Map.of("X-Tenant", "ec"), 25);
        NotificationUrl copy = original.duplicate();
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy).usingRecursiveComparison().ignoringFields("id").isEqualTo(original);
    }

    @Test
    void withEnabledAndWithAuthChangeOnlyThatField() {
        NotificationUrl original = url("https://crm.example.com/hook", Map.of(), 10);
        assertThat(original.withEnabled(false)).isEqualTo(new NotificationUrl(original.id(), original.botId(),
                original.url(), READ, BEARER, false, "CRM", Map.of(), 10));
        assertThat(original.withAuth(Auth.none()).auth()).isEqualTo(Auth.none());
        assertThatThrownBy(() -> original.withAuth(new Auth.Bearer(Secret.of(" "))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theWarningFollowsTheUrlRule() {
        assertThat(url("http://crm.example.com/hook", Map.of(), 10).warning()).startsWith("plain http");
        assertThat(url("http://127.0.0.1:9000/hook", Map.of(), 10).warning()).isNull();
        assertThat(url("https://crm.example.com/hook", Map.of(), 10).warning()).isNull();
    }
}
