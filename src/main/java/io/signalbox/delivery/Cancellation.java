package io.signalbox.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * A cancel signal for one call, given by whoever started it and pulled from any thread (the FX
 * thread): it runs the abort actions the call registered, at once or as soon as they are registered.
 */
public final class Cancellation {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    /** Pulls the signal; returns at once. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} when cancelled, or now if that already happened. */
    void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }
}
