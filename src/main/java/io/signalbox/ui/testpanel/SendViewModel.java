package io.signalbox.ui.testpanel;

import io.signalbox.app.TestDelivery;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Test tab: the events the selected URL receives, the payload to send (a sample with the bot's
 * remembered values, editable), Send and Cancel, and the last answer. Sends run on the network
 * runner, never on the store's. FX thread only.
 */
public final class SendViewModel {

    private final TestDelivery delivery;
    private final BackgroundRunner store;
    private final StatusModel status;
    private final ObjectProperty<NotificationUrl> url = new SimpleObjectProperty<>();
    private final ObservableList<EventType> events = FXCollections.observableArrayList();
    private final ObjectProperty<EventType> event = new SimpleObjectProperty<>();
    private final StringProperty payload = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper payloadProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missingEvents = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper readChosen = new ReadOnlyBooleanWrapper(false);
    private final CallInFlight sending;
    private final ReadOnlyStringWrapper sendingTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeliveryRecord> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSend;
    private PayloadValues remembered;
    private UUID valuesOfBot;
    /** The bot whose values the payload text holds: edits carry over to another event of that bot only. */
    private UUID payloadOfBot;
    private Consumer<DeliveryRecord> onDelivered = record -> { };

    public SendViewModel(TestDelivery delivery, BackgroundRunner store, BackgroundRunner network, StatusModel status) {
        this.delivery = delivery;
        this.store = store;
        this.status = status;
        this.sending = new CallInFlight(network);
        url.addListener((obs, old, now) -> urlChanged(old, now));
        event.addListener((obs, old, now) -> {
            readChosen.set(now == EventType.READ);
            if (now != null && old != now) {
                regenerate(true);
            }
        });
        payload.addListener((obs, old, now) -> payloadProblem.set(problemOf(now).orElse("")));
        canSend = Bindings.createBooleanBinding(() -> url.get() != null && event.get() != null
                        && payloadProblem.get().isEmpty() && !payload.get().isBlank()
                        && !sending.runningProperty().get(),
                url, event, payloadProblem, payload, sending.runningProperty());
    }

    /** What keeps this text from being sent ("Line 3, column 14: …"), or empty. */
    public Optional<String> problemOf(String json) {
        if (json == null || json.isBlank()) {
            return Optional.of(Messages.get("test.payload.empty"));
        }
        return delivery.payloadProblem(json);
    }

    private void urlChanged(NotificationUrl old, NotificationUrl now) {
        if (now == null) {
            events.clear();
            missingEvents.set("");
            result.set(null);
            return;
        }
        if (old == null || !old.id().equals(now.id())) {
            result.set(null);
            error.set("");
        }
        List<EventType> offered = delivery.eventsFor(now);
        missingEvents.set(missingNote(offered));
        if (!now.botId().equals(valuesOfBot)) {
            loadValues(now.botId());
        }
        EventType keep = event.get();
        // Changed in place: a chooser bound to the event drops its value (and shows none after it
        // is set again) when the item it shows is replaced by an equal one.
        events.removeIf(type -> !offered.contains(type));
        for (int i = 0; i < offered.size(); i++) {
            if (i >= events.size() || events.get(i) != offered.get(i)) {
                events.add(i, offered.get(i));
            }
        }
        EventType chosen = keep != null && offered.contains(keep) ? keep : offered.isEmpty() ? null : offered.get(0);
        if (event.get() != chosen) {
            event.set(chosen);
        }
    }

    /** Why the statuses a URL does not receive are missing from the chooser. */
    static String missingNote(List<EventType> offered) {
        List<String> lines = new ArrayList<>();
        if (!offered.contains(EventType.DELIVERED_CHANNEL)) {
            lines.add(Messages.get("test.missing.delivered"));
        }
        String unsubscribed = List.of(EventType.READ, EventType.FAILED, EventType.REPLY).stream()
                .filter(type -> !offered.contains(type))
                .map(DeliveryTexts::event)
                .collect(Collectors.joining(", "));
        if (!unsubscribed.isEmpty()) {
            lines.add(Messages.get("test.missing.notSubscribed", unsubscribed));
        }
        return String.join(" ", lines);
    }

    private void loadValues(UUID botId) {
        valuesOfBot = botId;
        remembered = null;
        store.run(() -> delivery.payloadValues(botId), values -> {
            if (botId.equals(valuesOfBot)) {
                remembered = values;
                regenerate(false);
            }
        }, failure -> status.error(ErrorText.of(failure)));
    }

    /** A fresh sample for the chosen event, with what the editor holds now or the bot's remembered values. */
    private void regenerate(boolean keepEdits) {
        EventType chosen = event.get();
        if (chosen == null || remembered == null) {
            return;
        }
        boolean sameBot = valuesOfBot != null && valuesOfBot.equals(payloadOfBot);
        PayloadValues values = keepEdits && sameBot ? PayloadValuesReader.read(payload.get(), remembered) : remembered;
        payloadOfBot = valuesOfBot;
        payload.set(delivery.samplePayload(chosen, values));
    }

    /** A fresh sample with the bot's remembered values, dropping the edits. */
    public void resetPayload() {
        regenerate(false);
    }

    public void send() {
        NotificationUrl target = url.get();
        if (!canSend.get() || target == null) {
            return;
        }
        String json = payload.get();
        sendingTo.set(target.url());
        error.set("");
        sending.start(() -> delivery.send(target.botId(), target.id(), json), record -> {
            // The operator may have moved to another bot's URL meanwhile: its values are not these.
            if (target.botId().equals(valuesOfBot)) {
                remembered = PayloadValuesReader.read(json,
                        Objects.requireNonNullElse(remembered, PayloadValues.defaults()));
            }
            if (url.get() != null && url.get().id().equals(record.urlId())) {
                result.set(record);
            }
            status.info(DeliveryTexts.sentSummary(record));
            onDelivered.accept(record);
        }, failure -> {
            String text = ErrorText.of(failure);
            error.set(text);
            status.error(text);
        });
    }

    /** Aborts the send under way; it ends as "Cancelled" in the answer pane and the history. */
    public void cancel() {
        sending.cancel();
    }

    /** Called with every finished send (the history reloads). */
    public void setOnDelivered(Consumer<DeliveryRecord> onDelivered) {
        this.onDelivered = onDelivered;
    }

    public ObjectProperty<NotificationUrl> urlProperty() {
        return url;
    }

    public ObservableList<EventType> events() {
        return events;
    }

    public ObjectProperty<EventType> eventProperty() {
        return event;
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    public ReadOnlyStringProperty payloadProblemProperty() {
        return payloadProblem.getReadOnlyProperty();
    }

    /** Why some statuses are not offered for this URL; empty when all are. */
    public ReadOnlyStringProperty missingEventsProperty() {
        return missingEvents.getReadOnlyProperty();
    }

    /** READ is chosen: the read-receipts note shows. */
    public ReadOnlyBooleanProperty readChosenProperty() {
        return readChosen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.runningProperty();
    }

    public ReadOnlyStringProperty sendingToProperty() {
        return sendingTo.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    /** The last answer (or failure) for the selected URL; null before the first send. */
    public ReadOnlyObjectProperty<DeliveryRecord> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** A send that could not even start (the URL was deleted meanwhile, the store failed). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
