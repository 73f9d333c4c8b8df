package io.signalbox.app;

import io.signalbox.domain.ReceivedRequest;
import java.util.List;
import java.util.function.Consumer;

/** The local receiver running on 127.0.0.1 until closed. */
public interface ReceiverSession extends AutoCloseable {

    int port();

    /** {@code http://127.0.0.1:PORT/}: what to point a URL at. */
    String url();

    /** Every request received so far, oldest first. */
    List<ReceivedRequest> requests();

    /** Called on the receiver's thread for each request from now on (the UI hops to the FX thread). */
    void onRequest(Consumer<ReceivedRequest> listener);

    /** Stops listening; the port is free again when this returns. */
    @Override
    void close();
}
