package io.signalbox.ui.testpanel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.app.Signalbox;
import io.signalbox.app.TestAllRow;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.SignatureVerdict;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import io.signalbox.ui.TestServer;
import io.signalbox.ui.common.InlineBackgroundRunner;
import io.signalbox.ui.common.StatusModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test panel's view models over a real store and a real endpoint, on the inline runner. */
class TestPanelViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Signalbox signalbox;
    private TestServer server;
    private Bot bot;
    private NotificationUrl crm;
    private TestPanelViewModel panel;
    private final StatusModel status = new StatusModel();

    @BeforeEach
    void open() throws Exception {
        signalbox = Signalbox.open(dataDir);
        server = new TestServer();
        bot = signalbox.settings().createBot("Ventas Ecuador", "", "");
        crm = add(server.url("/hook"), Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED), true);
        InlineBackgroundRunner inline = new InlineBackgroundRunner();
        panel = new TestPanelViewModel(signalbox.testDelivery(), inline, inline, Runnable::run, status);
        panel.botProperty().set(bot);
    }

    private NotificationUrl add(String url, Subscription events, boolean enabled) {
        return signalbox.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(), url, events, Auth.none(),
                enabled, "", Map.of(), 10));
    }

    @AfterEach
    void close() {
        panel.close();
        server.close();
        signalbox.close();
    }

    private static String field(String json, String name) throws Exception {
        return JSON.readTree(json).get(name).asText();
    }

    @Test
    void offersOnlyTheEventsTheUrlReceivesAndSaysWhy() throws Exception {
        panel.urlProperty().set(crm);
        SendViewModel send = panel.send();
        assertThat(send.events()).containsExactly(EventType.FAILED, EventType.READ);
        assertThat(send.eventProperty().get()).isEqualTo(EventType.FAILED);
        assertThat(send.missingEventsProperty().get()).contains("DELIVERED_CHANNEL").contains("REPLY");
        assertThat(field(send.payloadProperty().get(), "status")).isEqualTo("FAILED");
        assertThat(send.readChosenProperty().get()).isFalse();

        send.eventProperty().set(EventType.READ);
        assertThat(field(send.payloadProperty().get(), "status")).isEqualTo("READ");
        assertThat(send.readChosenProperty().get()).isTrue();
    }

    @Test
    void switchingTheEventKeepsEditedValues() throws Exception {
        panel.urlProperty().set(crm);
        SendViewModel send = panel.send();
        ObjectNode edited = (ObjectNode) JSON.readTree(send.payloadProperty().get());
        edited.put("template", "recordatorio_02");
        send.payloadProperty().set(JSON.writeValueAsString(edited));
        send.eventProperty().set(EventType.READ);
        assertThat(field(send.payloadProperty().get(), "template")).isEqualTo("recordatorio_02");
        send.resetPayload();
        assertThat(field(send.payloadProperty().get(), "template")).isEqualTo("autentica_01");
    }

    @Test
    void sendShowsTheAnswerAndAddsToTheHistory() throws Exception {
        panel.urlProperty().set(crm);
        SendViewModel send = panel.send();
        ObjectNode edited = (ObjectNode) JSON.readTree(send.payloadProperty().get());
        edited.put("template", "recordatorio_02");
        send.payloadProperty().set(JSON.writeValueAsString(edited));
        assertThat(send.canSendProperty().get()).isTrue();

        send.send();

        assertThat(send.sendingProperty().get()).isFalse();
        assertThat(send.resultProperty().get().response().orElseThrow().status()).isEqualTo(200);
        assertThat(field(server.receivedAt("/hook").get(0).body(), "template")).isEqualTo("recordatorio_02");
        assertThat(status.messageProperty().get()).isEqualTo("FAILED to " + server.url("/hook") + ": 200 OK in "
                + DeliveryTexts.elapsed(send.resultProperty().get().elapsedMillis()));
        assertThat(panel.history().entries()).hasSize(1);
        assertThat(panel.history().selectedProperty().get().id()).isEqualTo(send.resultProperty().get().id());

        panel.history().resendSelected();
        assertThat(panel.history().entries()).hasSize(2);
        assertThat(server.receivedAt("/hook")).hasSize(2);
        assertThat(field(server.receivedAt("/hook").get(1).body(), "template")).isEqualTo("recordatorio_02");
    }

    @Test
    void theRememberedValuesComeBackForTheNextUrlOfTheBot() throws Exception {
        NotificationUrl other = add(server.url("/other"), Subscription.all(), true);
        panel.urlProperty().set(crm);
        SendViewModel send = panel.send();
        ObjectNode edited = (ObjectNode) JSON.readTree(send.payloadProperty().get());
        edited.put("destination", "593987654321");
        send.payloadProperty().set(JSON.writeValueAsString(edited));
        send.send();

        panel.urlProperty().set(other);
        send.resetPayload();
        assertThat(field(send.payloadProperty().get(), "destination")).isEqualTo("593987654321");
    }

    @Test
    void anotherBotStartsFromItsOwnValuesNotTheEditsMadeForTheLastOne() throws Exception {
        panel.urlProperty().set(crm);
        SendViewModel send = panel.send();
        ObjectNode edited = (ObjectNode) JSON.readTree(send.payloadProperty().get());
        edited.put("template", "solo_para_ventas");
        send.payloadProperty().set(JSON.writeValueAsString(edited));

        Bot soporte = signalbox.settings().createBot("Soporte Perú", "", "");
        NotificationUrl other = signalbox.settings().addUrl(new NotificationUrl(UUID.randomUUID(), soporte.id(),
                server.url("/soporte"), Subscription.of(SubscriptionEvent.REPLY), Auth.none(), true, "", Map.of(), 10));
        panel.urlProperty().set(null);
        send.eventProperty().set(null); // what the window's chooser does when its items go
        panel.botProperty().set(soporte);
        panel.urlProperty().set(other);

        assertThat(field(send.payloadProperty().get(), "status")).isEqualTo("REPLY");
        assertThat(field(send.payloadProperty().get(), "template")).isEqualTo("autentica_01");
    }

    @Test
    void aBusyPortIsSaidInOneLine() throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ReceiverViewModel receiver = panel.receiver();
            receiver.portProperty().set(String.valueOf(busy.getLocalPort()));
            receiver.start();
            assertThat(receiver.runningProperty().get()).isFalse();
            assertThat(receiver.errorProperty().get()).isNotBlank().doesNotContain("\n")
                    .contains(String.valueOf(busy.getLocalPort()));
            assertThat(status.errorProperty().get()).isTrue();
        }
    }

    @Test
    void invalidJsonCannotBeSentAndSaysWhere() {
        panel.urlProperty().set(crm);
        SendViewModel send = panel.send();
        send.payloadProperty().set("{\"status\": \"FAILED\",\n  \"template\" \"x\"}");
        assertThat(send.canSendProperty().get()).isFalse();
        assertThat(send.payloadProblemProperty().get()).startsWith("Line 2, column");
        send.send();
        assertThat(server.received).isEmpty();
        send.payloadProperty().set("");
        assertThat(send.payloadProblemProperty().get()).isNotEmpty();
    }

    @Test
    void testAllGivesOneRowPerEnabledUrl() throws Exception {
        add(server.url("/other"), Subscription.all(), true);
        add("http://127.0.0.1:" + TestServer.refusedPort() + "/hook", Subscription.of(SubscriptionEvent.FAILED), true);
        add(server.url("/reply-only"), Subscription.of(SubscriptionEvent.REPLY), true);
        add(server.url("/off"), Subscription.all(), false);
        TestAllViewModel testAll = panel.testAll();
        testAll.eventProperty().set(EventType.FAILED);

        testAll.start();

        assertThat(testAll.runningProperty().get()).isFalse();
        assertThat(testAll.rows()).hasSize(4);
        assertThat(testAll.rows()).filteredOn(row -> row.record().map(r -> r.succeeded()).orElse(false)).hasSize(2);
        TestAllRow skipped = testAll.rows().get(3);
        assertThat(skipped.skippedBecause()).isPresent();
        assertThat(TestAllView.outcome(skipped).text()).startsWith("skipped: ");
        assertThat(testAll.summaryProperty().get()).isEqualTo("2 answered 2xx \u00b7 1 failed \u00b7 1 skipped");
        assertThat(server.receivedAt("/off")).isEmpty();
    }

    @Test
    void theReceiverListsWhatArrivesNewestFirst() throws Exception {
        ReceiverViewModel receiver = panel.receiver();
        receiver.portProperty().set("70000");
        assertThat(receiver.canStartProperty().get()).isFalse();
        receiver.portProperty().set("");
        receiver.start();
        assertThat(receiver.runningProperty().get()).isTrue();
        String url = receiver.urlProperty().get();
        assertThat(url).startsWith("http://127.0.0.1:");

        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"first", "second"}) {
            client.send(HttpRequest.newBuilder(URI.create(url + path)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.discarding());
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (receiver.requests().size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20); // the receiver may tell about a request just after answering it
        }
        assertThat(receiver.requests()).extracting(request -> request.path()).containsExactly("/second", "/first");
        assertThat(receiver.requests().get(0).verdict()).isEqualTo(SignatureVerdict.NO_SECRET);
        assertThat(receiver.selectedProperty().get().path()).isEqualTo("/first");

        receiver.stop();
        assertThat(receiver.runningProperty().get()).isFalse();
    }
}
