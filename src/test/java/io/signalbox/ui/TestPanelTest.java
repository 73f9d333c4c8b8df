package io.signalbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import io.signalbox.ui.common.JsonEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test panel driven as an operator would, against a real endpoint on 127.0.0.1. */
class TestPanelTest extends WindowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;
    private UUID botId;
    private UUID crmId;
    private UUID slowId;
    private String refusedUrl;
    private int receiverPort;
    private final String signingSecret = io.signalbox.domain.SigningSecret.generate();

    @Override
    void seed(Signalbox store) {
        try {
            server = new TestServer();
            refusedUrl = "http://127.0.0.1:" + TestServer.refusedPort() + "/hook";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Bot ventas = store.settings().createBot("Ventas Ecuador", "bot-4821", "");
        botId = ventas.id();
        crmId = add(store, server.url("/hook"), Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED),
                new Auth.Bearer(Secret.of("tok-very-secret")), true, 10);
        // Right under /hook with the same events: moving down keeps the chooser's item.
        add(store, server.url("/twin"), Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED), Auth.none(),
                false, 10);
        add(store, server.url("/other"), Subscription.all(), Auth.none(), true, 10);
        add(store, refusedUrl, Subscription.of(SubscriptionEvent.FAILED), Auth.none(), true, 10);
        add(store, server.url("/off"), Subscription.all(), Auth.none(), false, 10);
        slowId = add(store, server.url("/slow"), Subscription.of(SubscriptionEvent.REPLY), Auth.none(), false, 10);
        try {
            receiverPort = TestServer.refusedPort(); // free now; the test starts the receiver on it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(store, "http://127.0.0.1:" + receiverPort + "/signed", Subscription.of(SubscriptionEvent.REPLY),
                new Auth.Signature(Secret.of(signingSecret)), false, 10);
        Bot soporte = store.settings().createBot("Soporte Perú", "bot-1177", "");
        store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), soporte.id(), "https://soporte.example.pe/hook",
                Subscription.of(SubscriptionEvent.REPLY), Auth.none(), true, "", Map.of(), 10));
    }

    private UUID add(Signalbox store, String url, Subscription events, Auth auth, boolean enabled, int timeout) {
        NotificationUrl saved = store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), botId, url, events, auth,
                enabled, "", Map.of(), timeout));
        return saved.id();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * Selects a URL from the keyboard (Home, then Down to it), as the table shows only a few rows
     * above the panel; no clicks, which twice on the same row would make a double-click (edit).
     */
    private void selectUrl(String url) {
        waitUntil(() -> tableUrls().contains(url));
        int index = tableUrls().indexOf(url);
        interact(() -> urlTable().requestFocus());
        type(KeyCode.HOME);
        for (int i = 0; i < index; i++) {
            type(KeyCode.DOWN);
        }
        waitUntil(() -> urlTable().getSelectionModel().getSelectedItem() != null
                && urlTable().getSelectionModel().getSelectedItem().url().equals(url));
    }

    private JsonEditor payloadEditor() {
        return lookup("#payloadEditor").queryAs(JsonEditor.class);
    }

    private String payloadText() {
        return payloadEditor().getText();
    }

    private void chooseEvent(String comboId, EventType event) {
        clickOn(comboId);
        Node cell = lookup(".combo-box-popup .list-cell").match((ListCell<?> candidate) ->
                event.name().equals(candidate.getText())).query();
        clickOn(cell);
        waitUntil(() -> event == lookup(comboId).queryAs(ComboBox.class).getValue());
    }

    /** The text the event chooser shows (its button cell, not a cell of its popup). */
    private String shownEvent() {
        return lookup("#eventBox").queryAs(ComboBox.class).getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof ListCell).map(node -> ((ListCell<?>) node).getText()).findFirst().orElse(null);
    }

    /** Replaces the payload as a user would: click into the editor, select all, type. */
    private void typePayload(String json) {
        clickOn(payloadEditor().area());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(json, 0);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private String cellText(String query) {
        return lookup(query).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    /** The payload's status as the editor shows it ("" while it is not JSON). */
    private String payloadStatus() {
        try {
            JsonNode status = JSON.readTree(payloadText()).get("status");
            return status == null ? "" : status.asText();
        } catch (IOException notJson) {
            return "";
        }
    }

    private boolean badgeShows(String pane, String text) {
        return lookup(pane + " .status-badge").tryQuery().map(node -> node.isVisible()
                && ((Label) node).getText().equals(text) && node.getParent().getParent().isVisible()).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private TableView<DeliveryRecord> historyTable() {
        return lookup("#historyTable").queryAs(TableView.class);
    }

    @Test
    void sendAnEditedPayloadSeeTheAnswerAndTheHistoryThenResend() throws Exception {
        selectBot("Ventas Ecuador");
        selectUrl(server.url("/hook"));
        waitUntil(() -> payloadStatus().equals("FAILED"));
        assertThat(lookup("#eventBox").queryAs(ComboBox.class).getItems())
                .containsExactly(EventType.FAILED, EventType.READ);
        assertThat(textOf("#missingEventsLabel")).contains("DELIVERED_CHANNEL and DELIVERED_USER reach only URLs subscribed to All")
                .contains("not subscribed to REPLY");
        assertThat(isShowing("#testReadReceiptsLabel")).isFalse();

        chooseEvent("#eventBox", EventType.READ);
        waitUntil(() -> payloadStatus().equals("READ"));
        assertThat(isShowing("#testReadReceiptsLabel")).isTrue();
        assertThat(textOf("#testReadReceiptsLabel")).contains("read receipts");
        JsonNode sample = JSON.readTree(payloadText());
        assertThat(sample.get("template").asText()).isEqualTo("autentica_01");

        ((com.fasterxml.jackson.databind.node.ObjectNode) sample).put("template", "recordatorio_02");
        typePayload(JSON.writeValueAsString(sample));
        assertThat(isDisabled("#sendButton")).isFalse();
        shortcut(KeyCode.CONTROL, KeyCode.ENTER);

        waitUntil(() -> badgeShows("#sendRoot", "200 OK"));
        assertThat(server.receivedAt("/hook")).hasSize(1);
        TestServer.Received first = server.receivedAt("/hook").get(0);
        JsonNode sent = JSON.readTree(first.body());
        assertThat(sent.get("template").asText()).isEqualTo("recordatorio_02");
        assertThat(sent.get("status").asText()).isEqualTo("READ");
        assertThat(first.header("Authorization")).isEqualTo("Bearer tok-very-secret");
        String answer = lookup("#sendRoot #responseBody").queryAs(JsonEditor.class).getText();
        assertThat(answer).isEqualTo("{\n  \"received\": true,\n  \"path\": \"/hook\"\n}");
        String request = lookup("#sendRoot #requestText").queryAs(JsonEditor.class).getText();
        assertThat(request).startsWith("POST " + server.url("/hook")).contains("recordatorio_02")
                .doesNotContain("tok-very-secret");

        clickOn("History");
        waitUntil(() -> historyTable().getItems().size() == 1);
        DeliveryRecord entry = historyTable().getItems().get(0);
        assertThat(entry.event()).isEqualTo(EventType.READ);
        waitUntil(() -> badgeShows(".history-view", "200 OK"));
        assertThat(cellText(".history-view .outcome-cell.outcome-success")).isEqualTo("200 OK");
        assertThat(textOf("#historyCountLabel")).startsWith("1 test delivery");

        clickOn("#resendButton");
        waitUntil(() -> historyTable().getItems().size() == 2);
        assertThat(server.receivedAt("/hook")).hasSize(2);
        JsonNode again = JSON.readTree(server.receivedAt("/hook").get(1).body());
        assertThat(again.get("template").asText()).isEqualTo("recordatorio_02");
        assertThat(again.get("id").asText()).isNotEqualTo(sent.get("id").asText());
        assertThat(historyTable().getSelectionModel().getSelectedItem().id())
                .isEqualTo(historyTable().getItems().get(0).id()).isNotEqualTo(entry.id());
        assertThat(signalbox.testDelivery().history(crmId)).hasSize(2);
    }

    @Test
    void movingBetweenUrlsKeepsAnEventTheyBothReceive() {
        selectBot("Ventas Ecuador");
        selectUrl(server.url("/hook"));
        waitUntil(() -> payloadStatus().equals("FAILED"));
        @SuppressWarnings("unchecked")
        ComboBox<EventType> events = lookup("#eventBox").queryAs(ComboBox.class);

        selectUrl(server.url("/twin"));
        assertThat(events.getValue()).isEqualTo(EventType.FAILED);
        assertThat(shownEvent()).isEqualTo("FAILED");
        assertThat(isDisabled("#sendButton")).isFalse();

        selectUrl(server.url("/other"));
        assertThat(events.getItems()).hasSize(5);
        assertThat(events.getValue()).isEqualTo(EventType.FAILED);
        assertThat(shownEvent()).isEqualTo("FAILED");
        assertThat(isShowing("#missingEventsLabel")).isFalse();
        assertThat(isDisabled("#sendButton")).isFalse();

        selectUrl(refusedUrl);
        assertThat(events.getItems()).containsExactly(EventType.FAILED);
        assertThat(textOf("#missingEventsLabel")).contains("not subscribed to READ, REPLY");
        assertThat(isDisabled("#sendButton")).isFalse();
    }

    @Test
    void invalidJsonDisablesSendAndSaysWhere() {
        selectBot("Ventas Ecuador");
        selectUrl(server.url("/hook"));
        waitUntil(() -> payloadStatus().equals("FAILED"));
        assertThat(isDisabled("#sendButton")).isFalse();

        typePayload("{\"status\": \"FAILED\",\n\"template\" \"x\"}");
        waitUntil(() -> isDisabled("#sendButton"));
        String problem = lookup("#payloadEditor .form-problem").queryAs(Label.class).getText();
        assertThat(problem).startsWith("Line 2, column");
        assertThat(isShowing("#payloadEditor .form-problem")).isTrue();

        shortcut(KeyCode.CONTROL, KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(server.received).isEmpty();

        clickOn("#resetButton");
        waitUntil(() -> !isDisabled("#sendButton"));
        assertThat(isShowing("#payloadEditor .form-problem")).isFalse();
    }

    @Test
    void testAllSendsToEveryEnabledUrlAndShowsOneRowEach() {
        selectBot("Ventas Ecuador");
        clickOn("Test all");
        chooseEvent("#testAllEventBox", EventType.FAILED);
        clickOn("#testAllButton");

        @SuppressWarnings("unchecked")
        TableView<io.signalbox.app.TestAllRow> rows = lookup("#testAllTable").queryAs(TableView.class);
        waitUntil(() -> !lookup("#testAllButton").queryAs(Button.class).isDisabled() && rows.getItems().size() == 3
                && rows.getItems().stream().allMatch(io.signalbox.app.TestAllRow::done));
        assertThat(rows.getItems()).extracting(row -> row.url().url())
                .containsExactly(server.url("/hook"), server.url("/other"), refusedUrl);
        assertThat(rows.getItems()).extracting(row -> row.record().orElseThrow().succeeded())
                .containsExactly(true, true, false);
        assertThat(rows.getItems().get(2).record().orElseThrow().failure().orElseThrow().message())
                .containsIgnoringCase("refused");
        assertThat(cellText(".test-all-view .outcome-cell.outcome-danger")).containsIgnoringCase("refused");
        assertThat(server.receivedAt("/hook")).hasSize(1);
        assertThat(server.receivedAt("/other")).hasSize(1);
        assertThat(server.receivedAt("/off")).isEmpty();
    }

    @Test
    void theWindowStaysResponsiveWhileAnEndpointKeepsUsWaitingAndCancelEndsIt() throws Exception {
        signalbox.settings().setEnabled(slowId, true);
        selectBot("Ventas Ecuador");
        waitUntil(() -> urlTable().getItems().stream().anyMatch(url -> url.id().equals(slowId) && url.enabled()));
        selectUrl(server.url("/slow"));
        waitUntil(() -> payloadStatus().equals("REPLY"));
        clickOn("#sendButton");
        waitUntil(() -> server.receivedAt("/slow").size() == 1);
        long sendingSince = System.nanoTime();
        assertThat(isShowing("#sendingBox")).isTrue();
        assertThat(isDisabled("#cancelButton")).isFalse();

        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            CountDownLatch ping = new CountDownLatch(1);
            Platform.runLater(ping::countDown);
            assertThat(ping.await(500, TimeUnit.MILLISECONDS)).as("FX thread answers within 500 ms").isTrue();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
            Thread.sleep(100);
        }
        // The store runner is free too: another bot's URLs load while the send still waits.
        selectBot("Soporte Perú");
        waitUntil(() -> tableUrls().equals(List.of("https://soporte.example.pe/hook")));
        typeInto("#searchField", "ventas");
        waitUntil(() -> botNames().equals(List.of("Ventas Ecuador")));
        assertThat((System.nanoTime() - sendingSince) / 1_000_000_000.0).as("all this happened before the timeout")
                .isLessThan(8);

        selectBot("Ventas Ecuador");
        selectUrl(server.url("/slow"));
        assertThat(isShowing("#sendingBox")).isTrue();
        clickOn("#cancelButton");
        waitUntil(() -> badgeShows("#sendRoot", "Cancelled"));
        assertThat((System.nanoTime() - sendingSince) / 1_000_000_000.0).isLessThan(10);
        assertThat(isShowing("#sendingBox")).isFalse();
        assertThat(isDisabled("#sendButton")).isFalse();
        waitForStore(() -> signalbox.testDelivery().history(slowId).size() == 1);
        assertThat(signalbox.testDelivery().history(slowId).get(0).failure().orElseThrow().message()).isEqualTo("Cancelled");
    }

    @Test
    void theReceiverShowsWhatArrivesAndThatItsSignatureVerifies() {
        selectBot("Ventas Ecuador");
        clickOn("Receiver");
        typeInto("#portField", String.valueOf(receiverPort));
        typeSecret("#receiverSecretField", signingSecret);
        clickOn("#startReceiverButton");
        waitUntil(() -> textOf("#receiverUrlField").equals("http://127.0.0.1:" + receiverPort + "/"));
        assertThat(lookup("#startReceiverButton").queryButton().getText()).isEqualTo("Stop receiver");

        String signedUrl = "http://127.0.0.1:" + receiverPort + "/signed";
        selectUrl(signedUrl);
        clickOn("Test");
        waitUntil(() -> payloadStatus().equals("REPLY"));
        clickOn("#sendButton");
        waitUntil(() -> badgeShows("#sendRoot", "204 No Content") || badgeShows("#sendRoot", "200 OK"));

        clickOn("Receiver");
        @SuppressWarnings("unchecked")
        TableView<io.signalbox.domain.ReceivedRequest> requests = lookup("#requestTable").queryAs(TableView.class);
        waitUntil(() -> requests.getItems().size() == 1);
        assertThat(requests.getItems().get(0).path()).isEqualTo("/signed");
        assertThat(textOf("#verdictLabel")).isEqualTo("Signature valid");
        assertThat(lookup("#verdictLabel").query().getStyleClass()).contains("outcome-success");
        assertThat(cellText(".receiver-view .outcome-cell.outcome-success")).isEqualTo("Signature valid");
        assertThat(lookup("#receivedText").queryAs(JsonEditor.class).getText()).startsWith("POST /signed\n")
                .containsIgnoringCase("webhook-signature: v1,").contains("\"status\": \"REPLY\"");

        clickOn("#startReceiverButton");
        waitUntil(() -> lookup("#startReceiverButton").queryButton().getText().equals("Start receiver"));
        assertThat(isShowing("#listeningBox")).isFalse();
    }
}
