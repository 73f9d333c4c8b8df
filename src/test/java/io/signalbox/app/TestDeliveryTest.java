package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.delivery.RecordingServer;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test panel's use cases over a real store and a real HTTP server on 127.0.0.1. */
class TestDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Signalbox app;
    private TestDelivery testDelivery;
    private RecordingServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private Bot bot;

    @BeforeEach
    void open() throws Exception {
        app = Signalbox.open(dir);
        testDelivery = app.testDelivery();
        server = RecordingServer.http()
                .on("/ok", RecordingServer.answer(200, "{\"received\":true}", "Content-Type", "application/json"))
                .on("/slow", exchange -> {
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    RecordingServer.answer(202, "").handle(exchange);
                })
                .on("/hang", exchange -> {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    RecordingServer.answer(200, "").handle(exchange);
                });
        bot = app.settings().createBot("Ventas", "", "");
    }

    @AfterEach
    void close() {
        release.countDown();
        server.close();
        app.close();
    }

    @Test
    void eventsForFollowTheSubscription() {
        assertThat(testDelivery.eventsFor(url("/ok", Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.REPLY))))
                .containsExactly(EventType.READ, EventType.REPLY);
        assertThat(testDelivery.eventsFor(url("/ok", Subscription.all()))).containsExactly(EventType.values());
    }

    @Test
    void aSendPostsTheEditedPayloadWithAFreshIdAndTimeAndKeepsItInTheHistory() throws Exception {
        NotificationUrl url = add(url("/ok", Subscription.all()));
        String edited = testDelivery.samplePayload(EventType.REPLY, PayloadValues.defaults())
                .replace("button_name", "Sí, gracias")
                .replaceAll("\"timestamp\": \"\\d+\"", "\"timestamp\": \"1000000000\"");
        String editedId = JSON.readTree(edited).get("id").asText();
        long before = Instant.now().getEpochSecond();

        DeliveryRecord record = testDelivery.send(bot.id(), url.id(), edited).await();

        JsonNode sent = JSON.readTree(server.onlyRequest().body());
        assertThat(sent.get("id").asText()).isNotEqualTo(editedId).matches("[0-9a-f-]{36}");
        assertThat(Long.parseLong(sent.get("timestamp").asText())).isBetween(before, Instant.now().getEpochSecond());
        assertThat(sent.get("reply").asText()).isEqualTo("Sí, gracias");
        assertThat(sent.get("status").asText()).isEqualTo("REPLY");
        assertThat(record.succeeded()).isTrue();
        assertThat(record.event()).isEqualTo(EventType.REPLY);
        assertThat(record.request().body()).isEqualTo(server.onlyRequest().body());
        assertThat(testDelivery.history(url.id())).containsExactly(record);
    }

    @Test
    void theEditedValuesAreRememberedPerBot() {
        NotificationUrl url = add(url("/ok", Subscription.all()));
        assertThat(testDelivery.payloadValues(bot.id())).isEqualTo(PayloadValues.defaults());
        PayloadValues mine = new PayloadValues("593991234567", "bienvenida", "0123456789abcdef01234567",
                "Sí", "template paused");

        testDelivery.send(bot.id(), url.id(), testDelivery.samplePayload(EventType.REPLY, mine)).await();
        testDelivery.send(bot.id(), url.id(), testDelivery.samplePayload(EventType.READ,
                new PayloadValues("59300", "otra", "0123456789abcdef01234567", "", ""))).await();

        // READ has no reply field: the REPLY value stays, the error was never sent so it stays the default.
        assertThat(testDelivery.payloadValues(bot.id())).isEqualTo(new PayloadValues("59300", "otra",
                "0123456789abcdef01234567", "Sí", PayloadValues.defaults().error()));
        Bot other = app.settings().createBot("Otro", "", "");
        assertThat(testDelivery.payloadValues(other.id())).isEqualTo(PayloadValues.defaults());
    }

    @Test
    void failuresAreKeptInTheHistoryNewestFirst() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        NotificationUrl url = add(new NotificationUrl(UUID.randomUUID(), bot.id(), "http://127.0.0.1:" + closedPort
                + "/hook", Subscription.all(), Auth.none(), true, "", Map.of(), 5));

        DeliveryRecord first = testDelivery.send(bot.id(), url.id(), sample(EventType.FAILED)).await();
        DeliveryRecord second = testDelivery.send(bot.id(), url.id(), sample(EventType.READ)).await();

        assertThat(first.failure()).map(DeliveryFailure::kind).contains(FailureKind.REFUSED);
        assertThat(testDelivery.history(url.id())).containsExactly(second, first);
    }

    @Test
    void cancelAbortsAHangingCallAtOnceAndTheCancelIsKept() {
        NotificationUrl url = add(new NotificationUrl(UUID.randomUUID(), bot.id(), server.url("/hang"),
                Subscription.all(), Auth.none(), true, "", Map.of(), 30));

        Sending sending = testDelivery.send(bot.id(), url.id(), sample(EventType.READ));
        waitUntil(() -> server.requests().size() == 1);
        long start = System.nanoTime();
        sending.cancel();
        DeliveryRecord record = sending.await();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
        assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.CANCELLED, "Cancelled"));
        assertThat(testDelivery.history(url.id())).containsExactly(record);
    }

    @Test
    void resendSendsTheSameValuesWithAFreshId() throws Exception {
        NotificationUrl url = add(url("/ok", Subscription.all()));
        DeliveryRecord first = testDelivery.send(bot.id(), url.id(), sample(EventType.FAILED)).await();

        DeliveryRecord again = testDelivery.resend(first.id()).await();

        List<RecordingServer.Request> requests = server.requests();
        JsonNode one = JSON.readTree(requests.get(0).body());
        JsonNode two = JSON.readTree(requests.get(1).body());
        assertThat(two.get("id")).isNotEqualTo(one.get("id"));
        assertThat(two.get("error")).isEqualTo(one.get("error"));
        assertThat(two.get("campaignId")).isEqualTo(one.get("campaignId"));
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(testDelivery.history(url.id())).containsExactly(again, first);
    }

    @Test
    void anInvalidPayloadIsNotSentNorKept() {
        NotificationUrl url = add(url("/ok", Subscription.all()));

        DeliveryRecord record = testDelivery.send(bot.id(), url.id(), "{\"status\": \"READ\",}").await();

        assertThat(record.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_PAYLOAD);
            assertThat(failure.message()).isEqualTo("Line 1, column 19: expected a field name in double quotes");
        });
        assertThat(server.requests()).isEmpty();
        assertThat(testDelivery.history(url.id())).isEmpty();
        assertThat(testDelivery.payloadProblem("{\"status\": \"READ\",}")).contains(failure(record));
    }

    @Test
    void aStatusTheUrlDoesNotReceiveIsNotSentNorKept() {
        NotificationUrl url = add(url("/ok", Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED)));

        DeliveryRecord record = testDelivery.send(bot.id(), url.id(), sample(EventType.DELIVERED_USER)).await();

        assertThat(record.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_PAYLOAD);
            assertThat(failure.message()).isEqualTo("This URL does not receive DELIVERED_USER: it is subscribed to "
                    + url.subscription().asText() + ", and DELIVERED_USER reaches only URLs subscribed to ALL.");
        });
        assertThat(server.requests()).isEmpty();
        assertThat(testDelivery.history(url.id())).isEmpty();
    }

    @Test
    void aUrlDeletedMeanwhileIsAOneLineError() {
        NotificationUrl url = add(url("/ok", Subscription.all()));
        app.settings().deleteUrl(url.id());

        assertThatThrownBy(() -> testDelivery.send(bot.id(), url.id(), sample(EventType.READ)))
                .isInstanceOf(SettingsException.class)
                .hasMessage("That notification URL no longer exists (it may have been deleted elsewhere).");
        assertThatThrownBy(() -> testDelivery.resend(UUID.randomUUID()))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("That test delivery is no longer in the history");
    }

    @Test
    void testAllSendsToEveryEnabledUrlInParallelAndSkipsThoseNotSubscribed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        NotificationUrl slowOne = add(url("/slow", Subscription.all()));
        NotificationUrl slowTwo = add(url("/slow", Subscription.of(SubscriptionEvent.READ)));
        NotificationUrl failing = add(new NotificationUrl(UUID.randomUUID(), bot.id(), "http://127.0.0.1:" + closedPort
                + "/", Subscription.all(), Auth.none(), true, "", Map.of(), 5));
        NotificationUrl notForRead = add(url("/ok", Subscription.of(SubscriptionEvent.FAILED)));
        NotificationUrl disabled = add(url("/ok", Subscription.all()).withEnabled(false));
        long start = System.nanoTime();

        TestAllRun run = testDelivery.testAll(bot.id(), EventType.READ);
        List<TestAllRow> atOnce = run.rows();
        List<TestAllRow> rows = run.await();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("two 1 s calls side by side")
                .isLessThan(1_900);
        assertThat(atOnce).extracting(TestAllRow::url).containsExactly(slowOne, slowTwo, failing, notForRead);
        assertThat(atOnce.get(0).record()).isEmpty();
        assertThat(rows).extracting(TestAllRow::url).containsExactly(slowOne, slowTwo, failing, notForRead);
        assertThat(rows.get(0).record()).hasValueSatisfying(r -> assertThat(r.succeeded()).isTrue());
        assertThat(rows.get(1).record()).hasValueSatisfying(r -> assertThat(r.succeeded()).isTrue());
        assertThat(rows.get(2).record()).hasValueSatisfying(
                r -> assertThat(r.failure()).map(DeliveryFailure::kind).contains(FailureKind.REFUSED));
        assertThat(rows.get(3).record()).isEmpty();
        assertThat(rows.get(3).skippedBecause()).contains("not subscribed to READ");
        assertThat(server.requests()).extracting(RecordingServer.Request::path).containsOnly("/slow");
        assertThat(JSON.readTree(server.requests().get(0).body()).get("id"))
                .isNotEqualTo(JSON.readTree(server.requests().get(1).body()).get("id"));
        assertThat(testDelivery.history(failing.id())).hasSize(1);
        assertThat(testDelivery.history(disabled.id())).isEmpty();
    }

    private static String failure(DeliveryRecord record) {
        return record.failure().orElseThrow().message();
    }

    private String sample(EventType event) {
        return testDelivery.samplePayload(event, PayloadValues.defaults());
    }

    private NotificationUrl url(String path, Subscription subscription) {
        return new NotificationUrl(UUID.randomUUID(), bot.id(), server.url(path), subscription, Auth.none(), true, "",
                Map.of(), 10);
    }

    private NotificationUrl add(NotificationUrl url) {
        return app.settings().addUrl(url);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
