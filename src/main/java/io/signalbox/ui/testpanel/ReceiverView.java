package io.signalbox.ui.testpanel;

import io.signalbox.domain.ReceivedRequest;
import io.signalbox.ui.common.JsonEditor;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Placeholder;
import io.signalbox.ui.common.SecretField;
import io.signalbox.ui.common.StatusModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Receiver tab: port and optional signing secret, Start/Stop, the receiver's URL with Copy,
 * requests as they arrive (verdict coloured) and the selected one in full. FX thread.
 */
public final class ReceiverView {

    private final ReceiverViewModel model;
    private final StatusModel status;

    @FXML private TextField portField;
    @FXML private SecretField receiverSecretField;
    @FXML private Button startReceiverButton;
    @FXML private FontIcon startIcon;
    @FXML private Label receiverProblemLabel;
    @FXML private HBox listeningBox;
    @FXML private TextField receiverUrlField;
    @FXML private Label stoppedLabel;
    @FXML private TableView<ReceivedRequest> requestTable;
    @FXML private TableColumn<ReceivedRequest, String> receivedTimeColumn;
    @FXML private TableColumn<ReceivedRequest, String> receivedMethodColumn;
    @FXML private TableColumn<ReceivedRequest, String> receivedPathColumn;
    @FXML private TableColumn<ReceivedRequest, ReceivedRequest> receivedVerdictColumn;
    @FXML private VBox requestDetail;
    @FXML private Label pickRequestLabel;
    @FXML private Label verdictLabel;
    @FXML private Label verdictDetailLabel;
    @FXML private JsonEditor receivedText;

    public ReceiverView(ReceiverViewModel model, StatusModel status) {
        this.model = model;
        this.status = status;
    }

    @FXML
    private void initialize() {
        portField.textProperty().bindBidirectional(model.portProperty());
        receiverSecretField.textProperty().bindBidirectional(model.secretProperty());
        receiverSecretField.maskedField().setPromptText(Messages.get("receiver.secret.prompt"));
        portField.disableProperty().bind(model.runningProperty());
        receiverSecretField.disableProperty().bind(model.runningProperty());
        startReceiverButton.disableProperty().bind(model.busyProperty()
                .or(model.runningProperty().not().and(model.canStartProperty().not())));
        model.runningProperty().addListener((obs, was, running) -> showRunning(running));
        showRunning(false);
        model.portProblemProperty().addListener((obs, was, now) -> showProblem());
        model.errorProperty().addListener((obs, was, now) -> showProblem());
        showProblem();
        receiverUrlField.textProperty().bind(model.urlProperty());

        requestTable.setItems(model.requests());
        requestTable.setPlaceholder(Placeholder.of(Messages.get("receiver.empty")));
        receivedTimeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(DeliveryTexts.when(cell.getValue().receivedAt())));
        receivedMethodColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().method()));
        receivedPathColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().path()));
        receivedVerdictColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        receivedVerdictColumn.setCellFactory(column -> new OutcomeCell<>(request -> new OutcomeCell.Outcome(
                DeliveryTexts.verdict(request.verdict()), DeliveryTexts.verdictClass(request.verdict()))));
        requestTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> showRequest(now));
        receivedText.setEditable(false);
        receivedText.setHttpMessage(true);
        pickRequestLabel.visibleProperty().bind(requestDetail.visibleProperty().not()
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.requests())));
        showRequest(null);
    }

    private void showRunning(boolean running) {
        startReceiverButton.setText(Messages.get(running ? "receiver.stop" : "receiver.start"));
        startIcon.setIconLiteral(running ? "fth-square" : "fth-play");
        startReceiverButton.getStyleClass().remove("accent");
        if (!running) {
            startReceiverButton.getStyleClass().add("accent");
        }
        listeningBox.setVisible(running);
        listeningBox.setManaged(running);
        stoppedLabel.setVisible(!running);
        stoppedLabel.setManaged(!running);
    }

    private void showProblem() {
        String problem = model.portProblemProperty().get().isEmpty() ? model.errorProperty().get()
                : model.portProblemProperty().get();
        receiverProblemLabel.setText(problem);
        receiverProblemLabel.setVisible(!problem.isEmpty());
        receiverProblemLabel.setManaged(!problem.isEmpty());
    }

    private void showRequest(ReceivedRequest request) {
        requestDetail.setVisible(request != null);
        if (request == null) {
            return;
        }
        if (requestTable.getSelectionModel().getSelectedItem() != request) {
            requestTable.getSelectionModel().select(request);
        }
        verdictLabel.setText(DeliveryTexts.verdict(request.verdict()));
        verdictDetailLabel.setText(request.verdictDetail());
        verdictDetailLabel.setVisible(!request.verdictDetail().isEmpty());
        verdictDetailLabel.setManaged(!request.verdictDetail().isEmpty());
        verdictLabel.getStyleClass().removeAll(DeliveryTexts.ALL_OUTCOMES);
        verdictLabel.getStyleClass().add(DeliveryTexts.verdictClass(request.verdict()));
        receivedText.setText(DeliveryTexts.httpText(request.method() + " " + request.path(), request.headers(),
                request.body()));
    }

    @FXML
    private void onStartStop() {
        if (model.runningProperty().get()) {
            model.stop();
        } else {
            model.start();
        }
    }

    @FXML
    private void onCopyUrl() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.urlProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        status.info(Messages.get("receiver.copied", model.urlProperty().get()));
    }
}
