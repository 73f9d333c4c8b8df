package io.signalbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import io.signalbox.domain.Auth;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedRequest;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SignatureVerdict;
import io.signalbox.domain.SigningSecret;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The local receiver: what it records, the verdicts it gives and how it answers. */
class LocalReceiverTest {

    private static final String SECRET = SigningSecret.generate();
    private final WebhookSender sender = new WebhookSender();

    @Test
    void recordsASignedTestCallAndFindsItsSignatureValid() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(0, SECRET, Clock.systemUTC())) {
            List<ReceivedRequest> heard = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            receiver.onRequest(request -> {
                heard.add(request);
                threads.add(Thread.currentThread().getName());
            });
            OutgoingCall call = Calls.call(Calls.url(receiver.url() + "hooks/crm?tenant=ec",
                    new Auth.Signature(Secret.of(SECRET))));

            DeliveryRecord record = sender.send(call, new Cancellation());

            assertThat(record.response()).hasValueSatisfying(response -> {
                assertThat(response.status()).isEqualTo(204);
                assertThat(response.reason()).isEqualTo("No Content");
            });
            ReceivedRequest request = receiver.requests().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/hooks/crm?tenant=ec");
            assertThat(request.body()).isEqualTo(call.body());
            assertThat(request.headers()).extracting(h -> h.name().toLowerCase()).contains("content-type",
                    "webhook-id", "webhook-timestamp", "webhook-signature");
            assertThat(request.headers()).contains(new HeaderLine("Webhook-id", Calls.PAYLOAD_ID));
            assertThat(request.verdict()).isEqualTo(SignatureVerdict.VALID);
            assertThat(request.verdictDetail()).isEqualTo("signature verifies with the given secret");
            assertThat(heard).containsExactly(request);
            assertThat(threads).containsExactly("signalbox-receiver");
        }
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsInvalid() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(0, SECRET, Clock.systemUTC())) {
            sender.send(Calls.call(Calls.url(receiver.url(), new Auth.Signature(Secret.of(SigningSecret.generate())))),
                    new Cancellation());

            assertThat(receiver.requests()).extracting(ReceivedRequest::verdict).containsExactly(SignatureVerdict.INVALID);
        }
    }

    @Test
    void aCorrectSignatureOnAnOldTimestampIsInvalidWithTheReason() throws Exception {
        Instant now = Instant.parse("2026-04-27T12:00:00Z");
        try (LocalReceiver receiver = LocalReceiver.start(0, SECRET, Clock.fixed(now, java.time.ZoneOffset.UTC))) {
            long sixMinutesAgo = now.getEpochSecond() - 360;
            String body = "{\"status\":\"READ\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
                    .header("webhook-id", "msg_1")
                    .header("webhook-timestamp", Long.toString(sixMinutesAgo))
                    .header("webhook-signature", new Webhook(SECRET).sign("msg_1", sixMinutesAgo, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();

            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(receiver.requests().get(0).verdict()).isEqualTo(SignatureVerdict.INVALID);
            assertThat(receiver.requests().get(0).verdictDetail())
                    .isEqualTo("webhook-timestamp is 360 s old: more than 5 minutes off this computer's clock");
        }
    }

    @Test
    void anUnsignedCallIsNotSignedAndWithoutSecretNothingIsChecked() throws Exception {
        try (LocalReceiver withSecret = LocalReceiver.start(0, SECRET, Clock.systemUTC());
             LocalReceiver withoutSecret = LocalReceiver.start(0, null, Clock.systemUTC())) {
            sender.send(Calls.call(Calls.url(withSecret.url(), Auth.none())), new Cancellation());
            sender.send(Calls.call(Calls.url(withoutSecret.url(), new Auth.Signature(Secret.of(SECRET)))),
                    new Cancellation());

            assertThat(withSecret.requests()).extracting(ReceivedRequest::verdict)
                    .containsExactly(SignatureVerdict.NOT_SIGNED);
            assertThat(withoutSecret.requests()).extracting(ReceivedRequest::verdict)
                    .containsExactly(SignatureVerdict.NO_SECRET);
        }
    }

    @Test
    void credentialsACallerSendsAreShownMaskedAndTheSigningHeadersAreNot() throws Exception {
        try (LocalReceiver receiver = LocalReceiver.start(0, null, Clock.systemUTC())) {
            sender.send(Calls.call(Calls.url(receiver.url(), new Auth.Bearer(Secret.of("tok-recv-s3cret")))),
                    new Cancellation());
            sender.send(Calls.call(Calls.url(receiver.url(), new Auth.ApiKey("X-Api-Key", Secret.of("key-recv-s3cret")))),
                    new Cancellation());
            sender.send(Calls.call(Calls.url(receiver.url(), new Auth.Signature(Secret.of(SECRET)))),
                    new Cancellation());

            List<ReceivedRequest> requests = receiver.requests();
            assertThat(requests.get(0).headers()).contains(new HeaderLine("Authorization", "Bearer " + Secret.MASK));
            assertThat(requests.get(1).headers()).contains(new HeaderLine("X-api-key", Secret.MASK));
            assertThat(requests.toString()).doesNotContain("recv-s3cret");
            assertThat(requests.get(2).headers()).contains(new HeaderLine("Webhook-id", Calls.PAYLOAD_ID));
            assertThat(requests.get(2).headers()).anySatisfy(header -> {
                assertThat(header.name()).isEqualToIgnoringCase("webhook-signature");
                assertThat(header.value()).startsWith("v1,");
            });
        }
    }

    @Test
    void listensOnLoopbackAtTheChosenPortAndRefusesABusyOne() throws Exception {
        try (LocalReceiver first = LocalReceiver.start(0, null, Clock.systemUTC())) {
            assertThat(first.url()).isEqualTo("http://127.0.0.1:" + first.port() + "/");
            assertThatThrownBy(() -> LocalReceiver.start(first.port(), null, Clock.systemUTC()))
                    .isInstanceOf(BindException.class);
        }
    }

    @Test
    void theChosenPortIsFreeAgainAfterClosing() throws Exception {
        int port;
        try (LocalReceiver receiver = LocalReceiver.start(0, null, Clock.systemUTC())) {
            port = receiver.port();
        }
        try (LocalReceiver again = LocalReceiver.start(port, null, Clock.systemUTC())) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void aMalformedSecretIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> LocalReceiver.start(0, "whsec_short-Zq81", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("short-Zq81");
    }
}
