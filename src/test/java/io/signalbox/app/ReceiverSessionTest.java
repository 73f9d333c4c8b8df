package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.domain.ReceivedRequest;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SignatureVerdict;
import io.signalbox.domain.SigningSecret;
import io.signalbox.domain.Subscription;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URL pointed at the local receiver: the operator sees what an endpoint gets, signature checked. */
class ReceiverSessionTest {

    @TempDir
    Path dir;

    @Test
    void aSignedTestCallArrivesAtTheReceiverAndVerifies() {
        String secret = SigningSecret.generate();
        try (Signalbox app = Signalbox.open(dir);
             ReceiverSession receiver = app.testDelivery().startReceiver(0, Optional.of(secret))) {
            List<ReceivedRequest> heard = new CopyOnWriteArrayList<>();
            receiver.onRequest(heard::add);
            Bot bot = app.settings().createBot("Ventas", "", "");
            NotificationUrl url = app.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(),
                    receiver.url() + "hooks", Subscription.all(), new Auth.Signature(Secret.of(secret)), true, "",
                    Map.of("X-Tenant", "ec"), 10));

            DeliveryRecord record = app.testDelivery().send(bot.id(), url.id(),
                    app.testDelivery().samplePayload(EventType.DELIVERED_USER, PayloadValues.defaults())).await();

            assertThat(receiver.url()).isEqualTo("http://127.0.0.1:" + receiver.port() + "/");
            assertThat(record.response()).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(204));
            assertThat(receiver.requests()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo("/hooks");
                assertThat(request.body()).isEqualTo(record.request().body());
                assertThat(request.verdict()).isEqualTo(SignatureVerdict.VALID);
            });
            assertThat(heard).isEqualTo(receiver.requests());
        }
    }

    @Test
    void aBusyPortABadPortAndABadSecretAreOneLineErrors() {
        try (Signalbox app = Signalbox.open(dir);
             ReceiverSession first = app.testDelivery().startReceiver(0, Optional.empty())) {
            TestDelivery testDelivery = app.testDelivery();

            assertThatThrownBy(() -> testDelivery.startReceiver(first.port(), Optional.empty()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessage("Port " + first.port() + " on 127.0.0.1 is already in use: choose another, or 0 for "
                            + "any free port.");
            assertThatThrownBy(() -> testDelivery.startReceiver(70000, Optional.empty()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessage("The receiver port is 0 (any free port) or 1\u201365535, not 70000.");
            assertThatThrownBy(() -> testDelivery.startReceiver(0, Optional.of("whsec_abc")))
                    .isInstanceOf(SettingsException.class)
                    .hasMessage("The signing secret is not valid: a signing secret decodes to 24\u201364 bytes "
                            + "(this one has 2).");
        }
    }

    @Test
    void closingTheAppStopsAReceiverLeftRunning() throws Exception {
        int port;
        try (Signalbox app = Signalbox.open(dir)) {
            port = app.testDelivery().startReceiver(0, Optional.empty()).port();
        }

        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
        }
    }
}
