package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.app.Signalbox;
import io.signalbox.delivery.RecordingServer;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {

    private static final String TOKEN = "tok-cli-Zz91-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RecordingServer server;
    private Bot bot;
    private NotificationUrl ok;
    private NotificationUrl broken;
    private NotificationUrl readOnly;
    private NotificationUrl refused;

    @BeforeEach
    void seed() throws Exception {
        server = RecordingServer.http()
                .on("/ok", RecordingServer.answer(200, "{\"received\":true}", "Content-Type", "application/json"))
                .on("/broken", RecordingServer.answer(500, "boom"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Signalbox app = Signalbox.open(dir)) {
            bot = app.settings().createBot("Ventas Ecuador", "", "");
            ok = add(app, server.url("/ok"), Subscription.all());
            broken = add(app, server.url("/broken"), Subscription.all());
            readOnly = add(app, server.url("/ok?only=read"), Subscription.of(SubscriptionEvent.READ));
            refused = add(app, "http://127.0.0.1:" + closedPort + "/hook", Subscription.all());
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void printsTheRequestWithTheSecretMaskedAndTheAnswerAndExitsZeroOn2xx() throws Exception {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "send", "ventas ecuador", ok.id().toString(),
                "--event", "read");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("POST " + server.url("/ok"));
        assertThat(lines).contains("Content-Type: application/json", "Authorization: Bearer " + Secret.MASK,
                "X-Tenant: ec", "{\"received\":true}");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("200 OK  \\(\\d+ ms, 17 bytes\\)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("{\"id\":\"").contains("\"status\":\"READ\""));
        assertThat(run.out()).doesNotContain(TOKEN);
        assertThat(server.onlyRequest().header("authorization")).isEqualTo("Bearer " + TOKEN);
        try (Signalbox app = Signalbox.open(dir)) {
            assertThat(app.testDelivery().history(ok.id())).singleElement()
                    .satisfies(record -> assertThat(record.succeeded()).isTrue());
        }
    }

    @Test
    void theUrlCanBeNamedByItsAddressAndJsonPrintsTheRecord() throws Exception {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "send", bot.id().toString(), server.url("/ok"),
                "--event", "DELIVERED_USER", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode record = JSON.readTree(run.out());
        assertThat(record.get("urlId").asText()).isEqualTo(ok.id().toString());
        assertThat(record.get("event").asText()).isEqualTo("DELIVERED_USER");
        assertThat(record.get("succeeded").asBoolean()).isTrue();
        assertThat(record.get("response").get("status").asInt()).isEqualTo(200);
        assertThat(record.get("response").get("reason").asText()).isEqualTo("OK");
        assertThat(record.get("failure").isNull()).isTrue();
        assertThat(record.get("request").get("headers").findValuesAsText("value")).contains("Bearer " + Secret.MASK);
        assertThat(JSON.readTree(record.get("request").get("body").asText()).get("status").asText())
                .isEqualTo("DELIVERED_USER");
        assertThat(run.out()).doesNotContain(TOKEN);
        try (Signalbox app = Signalbox.open(dir)) {
            List<DeliveryRecord> history = app.testDelivery().history(ok.id());
            assertThat(history).extracting(r -> r.id().toString()).containsExactly(record.get("id").asText());
        }
    }

    @Test
    void aNon2xxAnswerIsPrintedAndExitsOne() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "send", "Ventas Ecuador", broken.id().toString(),
                "--event", "FAILED");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("500 Internal Server Error  ("))
                .contains("boom");
    }

    @Test
    void aFailedCallPrintsTheRequestAndTheCauseInOneLine() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "send", "Ventas Ecuador", refused.id().toString(),
                "--event", "READ");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines().get(0)).startsWith("POST http://127.0.0.1:");
        assertThat(run.errLines()).singleElement().asString()
                .matches("signalbox: Connection refused by 127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void anEventTheUrlDoesNotReceiveIsRefusedWithWhy() {
        CliRun reply = CliRun.run("--data-dir", dir.toString(), "send", "Ventas Ecuador", readOnly.id().toString(),
                "--event", "REPLY");
        CliRun delivered = CliRun.run("--data-dir", dir.toString(), "send", "Ventas Ecuador", readOnly.id().toString(),
                "--event", "DELIVERED_CHANNEL");

        assertThat(reply.exitCode()).isEqualTo(1);
        assertThat(reply.errLines()).containsExactly(
                "signalbox: This URL does not receive REPLY: it is subscribed to READ.");
        assertThat(delivered.errLines()).containsExactly("signalbox: This URL does not receive DELIVERED_CHANNEL: it is "
                + "subscribed to READ, and DELIVERED_CHANNEL reaches only URLs subscribed to ALL.");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anUnknownUrlOrAMissingEventSaySo() {
        CliRun url = CliRun.run("--data-dir", dir.toString(), "send", "Ventas Ecuador", "https://nope.example.com/",
                "--event", "READ");
        CliRun noEvent = CliRun.run("--data-dir", dir.toString(), "send", "Ventas Ecuador", ok.id().toString());

        assertThat(url.exitCode()).isEqualTo(1);
        assertThat(url.errLines()).containsExactly("signalbox: Bot \"Ventas Ecuador\" has no URL with the id or address "
                + "\"https://nope.example.com/\". Run 'signalbox urls Ventas Ecuador' to list them.");
        assertThat(noEvent.exitCode()).isEqualTo(2);
        assertThat(noEvent.errLines()).singleElement().asString().contains("--event");
    }

    private NotificationUrl add(Signalbox app, String address, Subscription subscription) {
        return app.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(), address, subscription,
                new Auth.Bearer(Secret.of(TOKEN)), true, "", Map.of("X-Tenant", "ec"), 5));
    }
}
