package io.signalbox.ui.testpanel;

import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.common.JsonEditor;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Views;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Test tab: event chooser, payload editor, Send (Ctrl+Enter) and Cancel, and the answer. FX thread. */
public final class SendView {

    private final SendViewModel model;
    /** Made at the first answer: its editors would cost the window's start for nothing. */
    private DeliveryView answer;
    private final Timeline ticker;
    private long sendingSince;

    @FXML private Region sendRoot;
    @FXML private ComboBox<EventType> eventBox;
    @FXML private Button resetButton;
    @FXML private Label missingEventsLabel;
    @FXML private Label testReadReceiptsLabel;
    @FXML private JsonEditor payloadEditor;
    @FXML private Button sendButton;
    @FXML private Button cancelButton;
    @FXML private StackPane answerPane;
    @FXML private Label noAnswerLabel;
    @FXML private VBox sendingBox;
    @FXML private Label sendingLabel;
    @FXML private Label waitingLabel;
    @FXML private Label sendErrorLabel;

    public SendView(SendViewModel model) {
        this.model = model;
        ticker = new Timeline(new KeyFrame(Duration.millis(200), event -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        eventBox.setItems(model.events());
        eventBox.valueProperty().bindBidirectional(model.eventProperty());
        showNote(missingEventsLabel, model.missingEventsProperty().get());
        model.missingEventsProperty().addListener((obs, was, now) -> showNote(missingEventsLabel, now));
        testReadReceiptsLabel.visibleProperty().bind(model.readChosenProperty());
        testReadReceiptsLabel.managedProperty().bind(model.readChosenProperty());

        payloadEditor.setValidator(model::problemOf);
        payloadEditor.setText(model.payloadProperty().get());
        payloadEditor.textProperty().addListener((obs, was, now) -> model.payloadProperty().set(now));
        model.payloadProperty().addListener((obs, was, now) -> {
            if (!now.equals(payloadEditor.getText())) {
                payloadEditor.setText(now);
            }
        });

        sendButton.disableProperty().bind(model.canSendProperty().not());
        cancelButton.disableProperty().bind(model.sendingProperty().not());
        sendButton.setTooltip(new Tooltip(Messages.get("test.send.tooltip")));
        resetButton.setTooltip(new Tooltip(Messages.get("test.reset.tooltip")));
        sendRoot.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                model.send();
                event.consume();
            }
        });

        model.resultProperty().addListener((obs, was, record) -> showAnswer());
        model.sendingProperty().addListener((obs, was, sending) -> sendingChanged(sending));
        model.errorProperty().addListener((obs, was, now) -> showAnswer());
        sendingBox.setVisible(false);
        showAnswer();
    }

    private static void showNote(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    private void showAnswer() {
        boolean sending = model.sendingProperty().get();
        DeliveryRecord record = sending ? null : model.resultProperty().get();
        if (record != null && answer == null) {
            answer = new DeliveryView();
            answerPane.getChildren().add(0, Views.load(answer));
        }
        if (answer != null) {
            answer.show(record);
        }
        String error = model.errorProperty().get();
        showNote(sendErrorLabel, sending ? "" : error);
        noAnswerLabel.setVisible(!sending && model.resultProperty().get() == null && error.isEmpty());
    }

    private void sendingChanged(boolean sending) {
        sendingBox.setVisible(sending);
        if (sending) {
            sendingSince = System.nanoTime();
            sendingLabel.setText(Messages.get("test.sending", model.sendingToProperty().get()));
            tick();
            ticker.play();
        } else {
            ticker.stop();
        }
        showAnswer();
    }

    /** While waiting: how long so far, against the URL's timeout, so a slow endpoint is not a mystery. */
    private void tick() {
        double seconds = (System.nanoTime() - sendingSince) / 1e9;
        NotificationUrl url = model.urlProperty().get();
        int timeout = url == null ? NotificationUrl.DEFAULT_TIMEOUT_SECONDS : url.timeoutSeconds();
        waitingLabel.setText(Messages.get("test.waiting", seconds, timeout));
    }

    @FXML
    private void onSend() {
        // The button disables itself while sending: keep the cursor in the tab (Ctrl+Enter again later).
        payloadEditor.area().requestFocus();
        model.send();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onReset() {
        model.resetPayload();
    }
}
