package io.signalbox.ui.testpanel;

import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.ui.common.JsonEditor;
import io.signalbox.ui.common.JsonText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Placeholder;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * One test delivery shown in full: status (coloured) with reason, time, size and when — or the
 * failure's plain cause, large — then the response body (pretty when JSON), its headers, and the
 * request as sent (secrets masked). Used by the Test and History tabs. FX thread.
 */
public final class DeliveryView {

    @FXML private VBox deliveryRoot;
    @FXML private Label statusBadge;
    @FXML private Label metaLabel;
    @FXML private Label causeLabel;
    @FXML private Label truncatedLabel;
    @FXML private TabPane detailTabs;
    @FXML private Tab bodyTab;
    @FXML private Tab headersTab;
    @FXML private Tab requestTab;
    @FXML private JsonEditor responseBody;
    @FXML private JsonEditor requestText;
    @FXML private TableView<HeaderLine> headersTable;
    @FXML private TableColumn<HeaderLine, String> headerNameColumn;
    @FXML private TableColumn<HeaderLine, String> headerValueColumn;

    @FXML
    private void initialize() {
        responseBody.setEditable(false);
        requestText.setEditable(false);
        requestText.setHttpMessage(true);
        headerNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        headerValueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        headersTable.setPlaceholder(Placeholder.of(Messages.get("delivery.headers.none")));
        show(null);
    }

    /** Shows {@code record}; null shows nothing (the pane is hidden). */
    public void show(DeliveryRecord record) {
        deliveryRoot.setVisible(record != null);
        if (record == null) {
            return;
        }
        statusBadge.getStyleClass().removeAll(DeliveryTexts.ALL_OUTCOMES);
        statusBadge.getStyleClass().add(DeliveryTexts.outcomeClass(record));
        requestText.setText(DeliveryTexts.requestText(record.request()));
        String when = DeliveryTexts.when(record.sentAt());
        String took = DeliveryTexts.elapsed(record.elapsedMillis());
        if (record.response().isPresent()) {
            showResponse(record.response().get(), took, when);
        } else {
            showFailure(record.failure().orElseThrow(), took, when);
        }
    }

    private void showResponse(ReceivedResponse response, String took, String when) {
        statusBadge.setText(DeliveryTexts.status(response));
        metaLabel.setText(Messages.get("delivery.meta", took, DeliveryTexts.size(response.sizeBytes()), when));
        setShown(causeLabel, "");
        setShown(truncatedLabel, DeliveryTexts.truncation(response));
        if (!detailTabs.getTabs().contains(bodyTab)) {
            detailTabs.getTabs().add(0, bodyTab);
            detailTabs.getTabs().add(1, headersTab);
        }
        detailTabs.getSelectionModel().select(bodyTab);
        String shown = JsonText.forDisplay(response.body());
        // Text that is not pretty JSON (an HTML error page, a plain "OK", a huge body) reads better wrapped.
        responseBody.setWrapText(!shown.startsWith("{\n") && !shown.startsWith("[\n"));
        responseBody.setText(response.body().isEmpty() ? Messages.get("delivery.body.empty") : shown);
        headersTab.setText(Messages.get("delivery.tab.headers", response.headers().size()));
        headersTable.getItems().setAll(response.headers());
    }

    private void showFailure(DeliveryFailure failure, String took, String when) {
        String badge = DeliveryTexts.failureBadge(failure.kind());
        statusBadge.setText(badge);
        metaLabel.setText(Messages.get("delivery.meta.failed", took, when));
        setShown(causeLabel, failure.message().equalsIgnoreCase(badge) ? "" : failure.message());
        setShown(truncatedLabel, "");
        detailTabs.getTabs().removeAll(bodyTab, headersTab);
        detailTabs.getSelectionModel().select(requestTab);
        responseBody.setText("");
        headersTable.getItems().clear();
    }

    private static void setShown(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
