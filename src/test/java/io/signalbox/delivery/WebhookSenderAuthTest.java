package io.signalbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import io.signalbox.domain.Auth;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each auth kind against a real server on 127.0.0.1: exactly the headers and body it receives. */
class WebhookSenderAuthTest {

    private RecordingServer server;
    private final WebhookSender sender = new WebhookSender();

    @BeforeEach
    void start() throws Exception {
        server = RecordingServer.http().on("/hook", RecordingServer.answer(200, "{\"ok\":true}",
                "Content-Type", "application/json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noAuthSendsThePayloadWithContentTypeAndTheExtraHeadersOnly() {
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"), Auth.none(), Calls.tenantHeaders(), 10));

        DeliveryRecord record = sender.send(call, new Cancellation());

        RecordingServer.Request received = server.onlyRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/hook");
        assertThat(received.body()).isEqualTo(call.body());
        assertThat(received.headers()).containsOnlyKeys("host", "content-length", "content-type", "user-agent",
                "x-tenant", "x-trace");
        assertThat(received.header("content-type")).isEqualTo("application/json");
        assertThat(received.header("content-length"))
                .isEqualTo(Integer.toString(call.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(received.header("x-tenant")).isEqualTo("ec");
        assertThat(received.header("x-trace")).isEqualTo("say \"hola\"");
        assertThat(record.succeeded()).isTrue();
        assertThat(record.request().headers()).containsExactly(new HeaderLine("Content-Type", "application/json"),
                new HeaderLine("User-Agent", "Signalbox-Test"), new HeaderLine("X-Tenant", "ec"),
                new HeaderLine("X-Trace", "say \"hola\""));
        assertThat(record.request().body()).isEqualTo(call.body());
        assertThat(record.request().method()).isEqualTo("POST");
        assertThat(record.request().url()).isEqualTo(server.url("/hook"));
    }

    @Test
    void anApiKeyAHeaderCannotCarryFailsNamingTheHeaderNeverQuotingTheKey() {
        Auth apiKey = new Auth.ApiKey("X-Api-Key", Secret.of("key\u20ac-s3cret"));
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"), apiKey));

        DeliveryRecord record = sender.send(call, new Cancellation());

        assertThat(record.failure()).map(failure -> failure.message())
                .hasValue("The request cannot be made: Java's HTTP client refuses the X-Api-Key header "
                        + "(its name is reserved, or its value holds a character a header cannot carry)");
        assertThat(record.toString()).doesNotContain("s3cret");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void basicSendsUserAndPasswordInUtf8AndShowsThemMasked() {
        Auth basic = new Auth.Basic("operador", Secret.of("Pw-ñandú-✓ 1"));
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"), basic));

        DeliveryRecord record = sender.send(call, new Cancellation());

        RecordingServer.Request received = server.onlyRequest();
        assertThat(received.headers()).containsOnlyKeys("host", "content-length", "content-type", "user-agent",
                "authorization");
        assertThat(received.header("authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                "operador:Pw-ñandú-✓ 1".getBytes(StandardCharsets.UTF_8)));
        assertThat(received.body()).isEqualTo(call.body());
        assertThat(record.request().headers()).contains(new HeaderLine("Authorization", "Basic " + Secret.MASK));
        assertThat(record.toString()).doesNotContain("Pw-ñandú", Base64.getEncoder().encodeToString(
                "operador:Pw-ñandú-✓ 1".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bearerSendsTheTokenAndShowsItMasked() {
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"), new Auth.Bearer(Secret.of("tok-Xr42.abc"))));

        DeliveryRecord record = sender.send(call, new Cancellation());

        RecordingServer.Request received = server.onlyRequest();
        assertThat(received.headers()).containsOnlyKeys("host", "content-length", "content-type", "user-agent",
                "authorization");
        assertThat(received.header("authorization")).isEqualTo("Bearer tok-Xr42.abc");
        assertThat(received.body()).isEqualTo(call.body());
        assertThat(record.request().headers()).contains(new HeaderLine("Authorization", "Bearer " + Secret.MASK));
        assertThat(record.toString()).doesNotContain("tok-Xr42");
    }

    @Test
    void apiKeyGoesInTheChosenHeaderAndIsShownMasked() {
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"),
                new Auth.ApiKey("X-Partner-Key", Secret.of("key-Wm55-q0p9")), Calls.tenantHeaders(), 10));

        DeliveryRecord record = sender.send(call, new Cancellation());

        RecordingServer.Request received = server.onlyRequest();
        assertThat(received.headers()).containsOnlyKeys("host", "content-length", "content-type", "user-agent",
                "x-partner-key", "x-tenant", "x-trace");
        assertThat(received.header("x-partner-key")).isEqualTo("key-Wm55-q0p9");
        assertThat(received.body()).isEqualTo(call.body());
        assertThat(record.request().headers()).contains(new HeaderLine("X-Partner-Key", Secret.MASK));
        assertThat(record.toString()).doesNotContain("key-Wm55");
    }

    @Test
    void signatureHeadersVerifyWithTheStandardWebhooksLibrary() throws Exception {
        String secret = SigningSecret.generate();
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"), new Auth.Signature(Secret.of(secret))));

        DeliveryRecord record = sender.send(call, new Cancellation());

        RecordingServer.Request received = server.onlyRequest();
        assertThat(received.headers()).containsOnlyKeys("host", "content-length", "content-type", "user-agent",
                "webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(received.header("webhook-id")).isEqualTo(Calls.PAYLOAD_ID);
        assertThat(received.header("webhook-timestamp")).isEqualTo(Long.toString(call.timestampSeconds()));
        Webhook library = new Webhook(secret);
        assertThat(received.header("webhook-signature"))
                .isEqualTo(library.sign(Calls.PAYLOAD_ID, call.timestampSeconds(), received.body()));
        Map<String, List<String>> headers = new TreeMap<>(received.headers());
        assertThatCode(() -> library.verify(received.body(), headers)).doesNotThrowAnyException();
        assertThat(record.request().headers()).extracting(HeaderLine::name).containsExactly("Content-Type",
                "User-Agent", "webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(record.toString()).doesNotContain(secret);
    }

    @Test
    void aSignatureMadeWithAnotherSecretFailsTheLibrarysCheck() {
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"),
                new Auth.Signature(Secret.of(SigningSecret.generate()))));

        sender.send(call, new Cancellation());

        RecordingServer.Request received = server.onlyRequest();
        Map<String, List<String>> headers = new TreeMap<>(received.headers());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> new Webhook(SigningSecret.generate()).verify(received.body(), headers)))
                .isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
    }

    @Test
    void theAnswerIsRecordedWithStatusReasonHeadersBodyAndSize() {
        OutgoingCall call = Calls.call(Calls.url(server.url("/hook"), Auth.none()));

        DeliveryRecord record = sender.send(call, new Cancellation());

        assertThat(record.failure()).isEmpty();
        assertThat(record.response()).hasValueSatisfying(response -> {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.reason()).isEqualTo("OK");
            assertThat(response.body()).isEqualTo("{\"ok\":true}");
            assertThat(response.sizeBytes()).isEqualTo(11);
            assertThat(response.truncated()).isFalse();
            assertThat(response.header("content-type")).contains("application/json");
        });
        assertThat(record.elapsedMillis()).isNotNegative().isLessThan(10_000);
        assertThat(record.urlId()).isEqualTo(call.url().id());
        assertThat(record.botId()).isEqualTo(Calls.BOT);
        assertThat(record.id()).isEqualTo(call.deliveryId());
    }
}
