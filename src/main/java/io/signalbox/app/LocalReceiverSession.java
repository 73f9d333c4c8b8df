package io.signalbox.app;

import io.signalbox.delivery.LocalReceiver;
import io.signalbox.domain.ReceivedRequest;
import java.util.List;
import java.util.function.Consumer;

/** The app's handle on a running {@link LocalReceiver}. */
final class LocalReceiverSession implements ReceiverSession {

    private final LocalReceiver receiver;

    LocalReceiverSession(LocalReceiver receiver) {
        this.receiver = receiver;
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
    }
}
