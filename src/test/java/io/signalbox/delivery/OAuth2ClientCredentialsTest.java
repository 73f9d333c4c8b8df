package io.signalbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.Auth;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth2 client credentials against a token endpoint and a webhook on the same test server. */
class OAuth2ClientCredentialsTest {

    private static final String CLIENT_ID = "signalbox client/1";
    private static final String CLIENT_SECRET = "s3cr:et&ñ";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-27T12:00:00Z"));
    private final WebhookSender sender = new WebhookSender(clock, null);
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicReference<String> tokenAnswer = new AtomicReference<>(
            "{\"access_token\":\"tok-%d\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    private final AtomicInteger hookStatus = new AtomicInteger(204);
    private RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = RecordingServer.http()
                .on("/token", exchange -> RecordingServer.answer(200,
                        String.format(tokenAnswer.get(), tokensIssued.incrementAndGet()),
                        "Content-Type", "application/json").handle(exchange))
                .on("/refused-token", RecordingServer.answer(401, "{\"error\":\"invalid_client\"}",
                        "Content-Type", "application/json"))
                .on("/hook", exchange -> RecordingServer.answer(hookStatus.get(), "").handle(exchange));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTokenAHeaderCannotCarryIsNeverQuotedInTheFailure() {
        // Java's client quotes a refused header value in its message: the token must not reach the record.
        tokenAnswer.set("{\"access_token\":\"tok\u20ac-secret-%d\",\"token_type\":\"Bearer\",\"expires_in\":3600}");

        DeliveryRecord record = sender.send(Calls.call(url("/token", null)), new Cancellation());

        assertThat(record.failure()).map(DeliveryFailure::message)
                .hasValue("The request cannot be made: Java's HTTP client refuses the Authorization header "
                        + "(its name is reserved, or its value holds a character a header cannot carry)");
        assertThat(record.toString()).doesNotContain("secret-1");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theTokenRequestIsAFormPostWithTheClientInHttpBasicAndTheScope() {
        DeliveryRecord record = sender.send(Calls.call(url("/token", "hooks.write hooks.read")), new Cancellation());

        RecordingServer.Request token = server.requests().get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.path()).isEqualTo("/token");
        assertThat(token.headers()).containsOnlyKeys("host", "content-length", "content-type", "accept", "user-agent",
                "authorization");
        assertThat(token.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(token.header("accept")).isEqualTo("application/json");
        // RFC 6749 section 2.3.1: id and secret form-encoded, then HTTP Basic.
        assertThat(token.header("authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                "signalbox+client%2F1:s3cr%3Aet%26%C3%B1".getBytes(StandardCharsets.UTF_8)));
        assertThat(token.body()).isEqualTo("grant_type=client_credentials&scope=hooks.write+hooks.read");
        RecordingServer.Request hook = server.requests().get(1);
        assertThat(hook.header("authorization")).isEqualTo("Bearer tok-1");
        assertThat(record.succeeded()).isTrue();
        assertThat(record.request().headers()).contains(new HeaderLine("Authorization", "Bearer " + Secret.MASK));
        assertThat(record.toString()).doesNotContain("tok-1", CLIENT_SECRET);
    }

    @Test
    void withoutAScopeOnlyTheGrantTypeIsSent() {
        sender.send(Calls.call(url("/token", null)), new Cancellation());

        assertThat(server.requests().get(0).body()).isEqualTo("grant_type=client_credentials");
    }

    @Test
    void theTokenIsFetchedOnceForTwoSendsAndAgainWhenItIsAboutToExpire() {
        NotificationUrl url = url("/token", "hooks.write");

        sender.send(Calls.call(url), new Cancellation());
        sender.send(Calls.call(url), new Cancellation());
        clock.advance(Duration.ofSeconds(3600 - 31));
        sender.send(Calls.call(url), new Cancellation());
        clock.advance(Duration.ofSeconds(2));
        sender.send(Calls.call(url), new Cancellation());

        assertThat(tokensIssued).hasValue(2);
        assertThat(server.requests()).extracting(RecordingServer.Request::path)
                .containsExactly("/token", "/hook", "/hook", "/hook", "/token", "/hook");
        assertThat(server.requests()).filteredOn(request -> request.path().equals("/hook"))
                .extracting(request -> request.header("authorization"))
                .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void aTokenWithoutExpiryIsUsedOnce() {
        tokenAnswer.set("{\"access_token\":\"tok-%d\",\"token_type\":\"bearer\"}");
        NotificationUrl url = url("/token", null);

        sender.send(Calls.call(url), new Cancellation());
        sender.send(Calls.call(url), new Cancellation());

        assertThat(tokensIssued).hasValue(2);
    }

    @Test
    void aTokenTheEndpointRefusesIsDroppedSoTheNextSendFetchesAnother() {
        NotificationUrl url = url("/token", null);
        hookStatus.set(401);
        DeliveryRecord refused = sender.send(Calls.call(url), new Cancellation());
        hookStatus.set(204);

        sender.send(Calls.call(url), new Cancellation());

        assertThat(refused.response()).hasValueSatisfying(response -> assertThat(response.status()).isEqualTo(401));
        assertThat(tokensIssued).hasValue(2);
    }

    @Test
    void aRefusedTokenRequestIsATokenFailureAndTheWebhookIsNotCalled() {
        DeliveryRecord record = sender.send(Calls.call(url("/refused-token", null)), new Cancellation());

        assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.TOKEN,
                "Token request failed: 401 Unauthorized from " + server.url("/refused-token") + " (invalid_client)"));
        assertThat(server.requests()).extracting(RecordingServer.Request::path).containsExactly("/refused-token");
        assertThat(record.request().headers()).extracting(HeaderLine::name).doesNotContain("Authorization");
    }

    @Test
    void anAnswerWithoutAccessTokenIsATokenFailure() {
        tokenAnswer.set("{\"token_type\":\"Bearer\",\"n\":%d}");

        DeliveryRecord record = sender.send(Calls.call(url("/token", null)), new Cancellation());

        assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.TOKEN,
                "Token request failed: the answer from " + server.url("/token") + " has no access_token"));
    }

    @Test
    void anUnreachableTokenUrlIsATokenFailureWithTheCause() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        NotificationUrl url = Calls.url(server.url("/hook"), new Auth.OAuth2Client("http://127.0.0.1:" + port + "/token",
                CLIENT_ID, Secret.of(CLIENT_SECRET), null));

        DeliveryRecord record = sender.send(Calls.call(url), new Cancellation());

        assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.TOKEN,
                "Token request failed: Connection refused by 127.0.0.1:" + port));
        assertThat(server.requests()).isEmpty();
    }

    private NotificationUrl url(String tokenPath, String scope) {
        return Calls.url(server.url("/hook"), new Auth.OAuth2Client(server.url(tokenPath), CLIENT_ID,
                Secret.of(CLIENT_SECRET), scope));
    }
}
