package io.signalbox.ui.testpanel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the FX thread cancel a call that a background thread is still starting: a cancel that
 * comes before the call exists is applied as soon as it does. Any thread.
 */
final class CancelHandle {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Runnable> canceller = new AtomicReference<>();

    /** Called by the background thread once the call exists; cancels it at once if asked already. */
    void started(Runnable cancel) {
        canceller.set(cancel);
        if (cancelled.get()) {
            cancel.run();
        }
    }

    /** Called from the FX thread; returns at once. */
    void cancel() {
        if (!cancelled.getAndSet(true)) {
            Runnable cancel = canceller.get();
            if (cancel != null) {
                cancel.run();
            }
        }
    }

    boolean isCancelled() {
        return cancelled.get();
    }
}
