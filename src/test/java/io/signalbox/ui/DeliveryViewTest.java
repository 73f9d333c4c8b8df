package io.signalbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.SentRequest;
import io.signalbox.ui.common.JsonEditor;
import io.signalbox.ui.common.Views;
import io.signalbox.ui.main.MainWindow;
import io.signalbox.ui.testpanel.DeliveryView;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The answer pane on its own: statuses, failures and a capped 10 MB body, as the operator sees them. */
class DeliveryViewTest extends FxRobot {

    private static final SentRequest REQUEST = new SentRequest("POST", "https://crm.example.com/hook",
            List.of(new HeaderLine("Content-Type", "application/json"), new HeaderLine("Authorization", "Bearer ••••••")),
            "{\"status\":\"READ\"}");

    private DeliveryView view;

    private void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        view = new DeliveryView();
        FxToolkit.setupStage((Stage stage) -> {
            MainWindow.applyTheme();
            Region root = Views.load(view);
            Scene scene = new Scene(root, 700, 500);
            scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET)).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    private static DeliveryRecord record(Optional<ReceivedResponse> response, Optional<DeliveryFailure> failure) {
        return new DeliveryRecord(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), REQUEST.url(), Instant.now(),
                EventType.READ, REQUEST, response, failure, 1234);
    }

    private long show(DeliveryRecord record) throws Exception {
        long[] took = new long[1];
        WaitForAsyncUtils.asyncFx(() -> {
            long start = System.nanoTime();
            view.show(record);
            lookup(".status-badge").query().getScene().getRoot().applyCss();
            lookup(".status-badge").query().getScene().getRoot().layout();
            took[0] = (System.nanoTime() - start) / 1_000_000;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> { }).get();
        return took[0] + (System.nanoTime() - start) / 1_000_000;
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aCappedTenMegabyteBodyShowsQuicklyWithTheCapSaid() throws Exception {
        open();
        String body = "x".repeat(ReceivedResponse.BODY_CAP_BYTES);
        long millis = show(record(Optional.of(new ReceivedResponse(200, "OK", List.of(), body, 10_000_000, true)),
                Optional.empty()));
        assertThat(text(".status-badge")).isEqualTo("200 OK");
        assertThat(text(".truncated-note")).isEqualTo("Showing the first 1 MiB of 10.0 MB");
        String shown = lookup("#responseBody").queryAs(JsonEditor.class).getText();
        assertThat(shown.replace("\n", "").length()).as("all of the capped body, lines broken for display")
                .isEqualTo(body.length());
        assertThat(millis).as("showing a 1 MiB body keeps the window responsive").isLessThan(1500);
        System.out.println("1 MiB plain body shown in " + millis + " ms");

        StringBuilder json = new StringBuilder("[");
        while (json.length() < ReceivedResponse.BODY_CAP_BYTES - 100) {
            json.append("{\"id\":").append(json.length()).append(",\"name\":\"item\"},");
        }
        json.append("{}]");
        millis = show(record(Optional.of(new ReceivedResponse(200, "OK", List.of(), json.toString(), json.length(), false)),
                Optional.empty()));
        assertThat(millis).as("a 1 MiB JSON body, pretty-printed").isLessThan(1500);
        System.out.println("1 MiB JSON body shown in " + millis + " ms");
    }

    @Test
    void aFailureShowsItsPlainCauseAndTheRequestSent() throws Exception {
        open();
        show(record(Optional.empty(), Optional.of(new DeliveryFailure(FailureKind.REFUSED,
                "Connection refused by 127.0.0.1:41234"))));
        assertThat(text(".status-badge")).isEqualTo("Refused");
        assertThat(lookup(".status-badge").query().getStyleClass()).contains("outcome-danger");
        assertThat(text(".failure-cause")).isEqualTo("Connection refused by 127.0.0.1:41234");
        TabPane tabs = lookup(".detail-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(tab -> tab.getText()).containsExactly("Request sent");
        assertThat(lookup("#requestText").queryAs(JsonEditor.class).getText())
                .startsWith("POST https://crm.example.com/hook\nContent-Type: application/json\n");

        show(record(Optional.of(new ReceivedResponse(302, "Found", List.of(new HeaderLine("Location", "/x")), "", 0, false)),
                Optional.empty()));
        assertThat(text(".status-badge")).isEqualTo("302 Found");
        assertThat(lookup(".status-badge").query().getStyleClass()).contains("outcome-redirect").doesNotContain("outcome-danger");
        assertThat(tabs.getTabs()).extracting(tab -> tab.getText()).containsExactly("Body", "Headers (1)", "Request sent");
        assertThat(lookup(".failure-cause").query().isVisible()).isFalse();
    }
}
