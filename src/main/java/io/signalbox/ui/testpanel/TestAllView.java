package io.signalbox.ui.testpanel;

import io.signalbox.app.TestAllRow;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Placeholder;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Test all tab: event, "Test all URLs of this bot", one row per enabled URL, Cancel. FX thread. */
public final class TestAllView {

    private final TestAllViewModel model;

    @FXML private ComboBox<EventType> testAllEventBox;
    @FXML private Button testAllButton;
    @FXML private Button cancelTestAllButton;
    @FXML private ProgressIndicator testAllSpinner;
    @FXML private Label summaryLabel;
    @FXML private TableView<TestAllRow> testAllTable;
    @FXML private TableColumn<TestAllRow, String> testAllUrlColumn;
    @FXML private TableColumn<TestAllRow, TestAllRow> testAllResultColumn;
    @FXML private TableColumn<TestAllRow, String> testAllElapsedColumn;

    public TestAllView(TestAllViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        testAllEventBox.setItems(model.events());
        testAllEventBox.valueProperty().bindBidirectional(model.eventProperty());
        testAllButton.disableProperty().bind(model.runningProperty().or(model.botProperty().isNull()));
        cancelTestAllButton.disableProperty().bind(model.runningProperty().not());
        testAllSpinner.visibleProperty().bind(model.runningProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        summaryLabel.visibleProperty().bind(model.summaryProperty().isNotEmpty());
        summaryLabel.managedProperty().bind(model.summaryProperty().isNotEmpty());

        testAllTable.setItems(model.rows());
        testAllTable.setPlaceholder(Placeholder.of(Messages.get("testAll.empty")));
        testAllUrlColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().url().url()));
        testAllResultColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        testAllResultColumn.setCellFactory(column -> new OutcomeCell<>(TestAllView::outcome));
        testAllElapsedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().record()
                .map(record -> DeliveryTexts.elapsed(record.elapsedMillis())).orElse("")));
    }

    /** The record's status or cause; "skipped: …" for a URL that does not get the event; "sending…" meanwhile. */
    static OutcomeCell.Outcome outcome(TestAllRow row) {
        if (row.record().isPresent()) {
            DeliveryRecord record = row.record().get();
            return new OutcomeCell.Outcome(DeliveryTexts.result(record), DeliveryTexts.outcomeClass(record));
        }
        if (row.skippedBecause().isPresent()) {
            return new OutcomeCell.Outcome(Messages.get("testAll.skipped", row.skippedBecause().get()),
                    DeliveryTexts.PENDING);
        }
        return new OutcomeCell.Outcome(Messages.get("testAll.pending"), DeliveryTexts.PENDING);
    }

    @FXML
    private void onTestAll() {
        model.start();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }
}
