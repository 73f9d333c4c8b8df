package io.signalbox.ui.testpanel;

import io.signalbox.app.TestDelivery;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.StatusModel;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History tab: the selected URL's test deliveries, newest first, the selected one's request
 * and answer, and Resend (on the network runner). FX thread only.
 */
public final class HistoryViewModel {

    private final TestDelivery delivery;
    private final BackgroundRunner store;
    private final StatusModel status;
    private final ObjectProperty<NotificationUrl> url = new SimpleObjectProperty<>();
    private final ObservableList<DeliveryRecord> entries = FXCollections.observableArrayList();
    private final ObjectProperty<DeliveryRecord> selected = new SimpleObjectProperty<>();
    private final CallInFlight resending;
    private Consumer<DeliveryRecord> onDelivered = record -> { };

    public HistoryViewModel(TestDelivery delivery, BackgroundRunner store, BackgroundRunner network, StatusModel status) {
        this.delivery = delivery;
        this.store = store;
        this.resending = new CallInFlight(network);
        this.status = status;
        url.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                entries.clear();
                selected.set(null);
                reload(null);
            }
        });
    }

    /** Reloads the URL's history, selecting {@code select} (null: keep the selection, else the newest). */
    public void reload(UUID select) {
        NotificationUrl current = url.get();
        if (current == null) {
            return;
        }
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        store.run(() -> delivery.history(current.id()), list -> show(current.id(), list, keep),
                failure -> status.error(ErrorText.of(failure)));
    }

    private void show(UUID urlId, List<DeliveryRecord> list, UUID keep) {
        if (url.get() == null || !url.get().id().equals(urlId)) {
            return; // the operator moved on to another URL meanwhile
        }
        entries.setAll(list);
        selected.set(list.stream().filter(record -> record.id().equals(keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    /** A send finished somewhere in the panel: show it here if it went to this URL. */
    public void delivered(DeliveryRecord record) {
        if (url.get() != null && url.get().id().equals(record.urlId())) {
            reload(record.id());
        }
    }

    /** Sends the selected entry's body again (fresh id and timestamp); the new entry is selected when done. */
    public void resendSelected() {
        DeliveryRecord entry = selected.get();
        if (entry == null || resending.runningProperty().get()) {
            return;
        }
        resending.start(() -> delivery.resend(entry.id()), record -> {
            status.info(DeliveryTexts.sentSummary(record));
            onDelivered.accept(record);
        }, failure -> status.error(ErrorText.of(failure)));
    }

    public void cancel() {
        resending.cancel();
    }

    public void setOnDelivered(Consumer<DeliveryRecord> onDelivered) {
        this.onDelivered = onDelivered;
    }

    public ObjectProperty<NotificationUrl> urlProperty() {
        return url;
    }

    public ObservableList<DeliveryRecord> entries() {
        return entries;
    }

    public ObjectProperty<DeliveryRecord> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty resendingProperty() {
        return resending.runningProperty();
    }
}
