package io.signalbox.app;

import io.signalbox.delivery.LocalReceiver;
import io.signalbox.domain.ReceivedRequest;
import java.util.List;
import java.util.function.Consumer;

/** The app's handle on a running {@link LocalReceiver}. */
final class LocalReceiverSession implements ReceiverSession {

    private final LocalReceiver receiver;
    private final Consumer<ReceiverSession> onClose;

    /** {@code onClose} hears that the session closed, so its owner stops tracking it. */
    LocalReceiverSession(LocalReceiver receiver, Consumer<ReceiverSession> onClose) {
        this.receiver = receiver;
        this.onClose = onClose;
    }

    @Override
    public int port() {
        return receiver.port();
    }

    @Override
    public String url() {
        return receiver.url();
    }

    @Override
    public List<ReceivedRequest> requests() {
        return receiver.requests();
    }

    @Override
    public void onRequest(Consumer<ReceivedRequest> listener) {
        receiver.onRequest(listener);
    }

    @Override
    public void close() {
        receiver.close();
        onClose.accept(this);
    }
}
