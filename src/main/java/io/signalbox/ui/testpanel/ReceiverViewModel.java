package io.signalbox.ui.testpanel;

import io.signalbox.app.ReceiverSession;
import io.signalbox.app.TestDelivery;
import io.signalbox.domain.ReceivedRequest;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Receiver tab: starts and stops the local receiver on 127.0.0.1 and lists what arrives,
 * newest first, with the signature verdict. Starting and stopping run on the network runner;
 * requests arrive on the receiver's thread and are handed to the FX thread. FX thread only.
 */
public final class ReceiverViewModel {

    private static final Logger LOG = Logger.getLogger(ReceiverViewModel.class.getName());

    private final TestDelivery delivery;
    private final BackgroundRunner network;
    private final Executor fxThread;
    private final StatusModel status;
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper portProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    static final int SHOWN_REQUESTS = 1_000;

    private final ObservableList<ReceivedRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<ReceivedRequest> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canStart;
    private ReceiverSession session;

    public ReceiverViewModel(TestDelivery delivery, BackgroundRunner network, Executor fxThread, StatusModel status) {
        this.delivery = delivery;
        this.network = network;
        this.fxThread = fxThread;
        this.status = status;
        port.addListener((obs, was, now) -> portProblem.set(parsePort(now).isPresent() ? "" : Messages.get("receiver.port.invalid")));
        canStart = Bindings.createBooleanBinding(() -> !running.get() && !busy.get() && portProblem.get().isEmpty(),
                running, busy, portProblem);
    }

    /** Empty text: any free port (0); else a whole number 1–65535; empty result when neither. */
    static OptionalInt parsePort(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return OptionalInt.of(0);
        }
        if (!trimmed.matches("[0-9]{1,5}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(trimmed);
        return value >= 1 && value <= 65535 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    public void start() {
        OptionalInt chosen = parsePort(port.get());
        if (!canStart.get() || chosen.isEmpty()) {
            return;
        }
        String typed = secret.get() == null ? "" : secret.get().strip();
        Optional<String> signingSecret = typed.isEmpty() ? Optional.empty() : Optional.of(typed);
        busy.set(true);
        error.set("");
        network.run(() -> {
            ReceiverSession started = delivery.startReceiver(chosen.getAsInt(), signingSecret);
            started.onRequest(request -> fxThread.execute(() -> arrived(started, request)));
            return started;
        }, started -> {
            busy.set(false);
            session = started;
            running.set(true);
            url.set(started.url());
            requests.clear();
            selected.set(null);
            status.info(Messages.get("status.receiverStarted", started.url()));
        }, failure -> {
            busy.set(false);
            String text = ErrorText.of(failure);
            error.set(text);
            status.error(text);
        });
    }

    private void arrived(ReceiverSession from, ReceivedRequest request) {
        if (from != session) {
            return;
        }
        requests.add(0, request);
        if (requests.size() > SHOWN_REQUESTS) {
            // As many as the receiver keeps: a chatty caller must not grow the list without end.
            requests.remove(SHOWN_REQUESTS, requests.size());
        }
        if (selected.get() == null) {
            selected.set(request);
        }
    }

    public void stop() {
        ReceiverSession stopping = session;
        if (stopping == null) {
            return;
        }
        session = null;
        busy.set(true);
        network.run(() -> {
            stopping.close();
            return stopping.url();
        }, stoppedUrl -> {
            busy.set(false);
            running.set(false);
            status.info(Messages.get("status.receiverStopped", stoppedUrl));
        }, failure -> {
            busy.set(false);
            running.set(false);
            status.error(ErrorText.of(failure));
        });
    }

    /** The window is closing: frees the port without waiting on the FX thread. */
    public void close() {
        ReceiverSession stopping = session;
        session = null;
        if (stopping != null) {
            Thread closer = new Thread(() -> {
                try {
                    stopping.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "closing the receiver", e);
                }
            }, "signalbox-receiver-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public ReadOnlyStringProperty portProblemProperty() {
        return portProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Starting or stopping. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** {@code http://127.0.0.1:PORT/} while running. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    /** Why the receiver did not start (port busy), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<ReceivedRequest> requests() {
        return requests;
    }

    public ObjectProperty<ReceivedRequest> selectedProperty() {
        return selected;
    }
}
