package io.signalbox.ui.testpanel;

import io.signalbox.domain.DeliveryRecord;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Placeholder;
import io.signalbox.ui.common.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The History tab: the URL's test deliveries, newest first; the selected one in full; Resend. FX thread. */
public final class HistoryView {

    private final HistoryViewModel model;
    private final DeliveryView detail = new DeliveryView();

    @FXML private Label historyCountLabel;
    @FXML private ProgressIndicator resendSpinner;
    @FXML private Button cancelResendButton;
    @FXML private Button resendButton;
    @FXML private TableView<DeliveryRecord> historyTable;
    @FXML private TableColumn<DeliveryRecord, String> historyTimeColumn;
    @FXML private TableColumn<DeliveryRecord, String> historyEventColumn;
    @FXML private TableColumn<DeliveryRecord, DeliveryRecord> historyResultColumn;
    @FXML private TableColumn<DeliveryRecord, String> historyElapsedColumn;
    @FXML private StackPane detailPane;
    @FXML private Label pickLabel;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        historyTable.setItems(model.entries());
        historyTable.setPlaceholder(Placeholder.of(Messages.get("history.empty")));
        historyTimeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(DeliveryTexts.when(cell.getValue().sentAt())));
        historyEventColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(DeliveryTexts.event(cell.getValue().event())));
        historyResultColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        historyResultColumn.setCellFactory(column -> new OutcomeCell<>(record -> new OutcomeCell.Outcome(
                DeliveryTexts.result(record), DeliveryTexts.outcomeClass(record))));
        historyElapsedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                DeliveryTexts.elapsed(cell.getValue().elapsedMillis())));
        historyTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null || !model.entries().isEmpty()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != historyTable.getSelectionModel().getSelectedItem()) {
                historyTable.getSelectionModel().select(now);
                if (now != null) {
                    historyTable.scrollTo(now);
                }
            }
            detail.show(now);
            pickLabel.setVisible(now == null && !model.entries().isEmpty());
        });
        historyCountLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("history.count", model.entries().size()), model.entries()));

        resendButton.disableProperty().bind(model.selectedProperty().isNull().or(model.resendingProperty()));
        resendButton.setTooltip(new Tooltip(Messages.get("history.resend.tooltip")));
        cancelResendButton.visibleProperty().bind(model.resendingProperty());
        cancelResendButton.managedProperty().bind(model.resendingProperty());
        resendSpinner.visibleProperty().bind(model.resendingProperty());
        resendSpinner.managedProperty().bind(model.resendingProperty());

        Region detailNode = Views.load(detail);
        detailPane.getChildren().add(0, detailNode);
        detail.show(model.selectedProperty().get());
        pickLabel.setVisible(false);
    }

    @FXML
    private void onResend() {
        model.resendSelected();
    }

    @FXML
    private void onCancelResend() {
        model.cancel();
    }
}
