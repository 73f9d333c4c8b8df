package io.signalbox.ui.testpanel;

import io.signalbox.app.Sending;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.ui.common.BackgroundRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one test call a tab has under way: started on the network runner, cancellable from the FX
 * thread at any moment (even before the call exists), and "running" until its record comes back.
 * FX thread.
 */
final class CallInFlight {

    private final BackgroundRunner network;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private CancelHandle current;

    CallInFlight(BackgroundRunner network) {
        this.network = network;
    }

    /** Starts the call {@code starter} makes; one of the two handlers runs on the FX thread when it ends. */
    void start(Callable<Sending> starter, Consumer<DeliveryRecord> onRecord, Consumer<Throwable> onFailure) {
        CancelHandle handle = new CancelHandle();
        current = handle;
        running.set(true);
        network.run(() -> {
            Sending call = starter.call();
            handle.started(call::cancel);
            return call.await();
        }, record -> {
            finished(handle);
            onRecord.accept(record);
        }, failure -> {
            finished(handle);
            onFailure.accept(failure);
        });
    }

    private void finished(CancelHandle handle) {
        // A later call may have replaced this one: only the latest says when running ends.
        if (current == handle) {
            current = null;
            running.set(false);
        }
    }

    /** Aborts the call under way, if any; it ends as "Cancelled". Returns at once. */
    void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
