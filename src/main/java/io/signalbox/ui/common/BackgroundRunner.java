package io.signalbox.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs store and network work off the FX thread and hands the result back on it. View models
 * use only this, so tests can swap in {@link InlineBackgroundRunner} and stay deterministic.
 */
public interface BackgroundRunner {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the FX thread
     * (on the caller's thread for the inline runner).
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any work is running: the status bar shows progress. */
    ReadOnlyBooleanProperty busyProperty();

    /**
     * Runs a small update told by running work (progress) on the FX thread soon; the inline runner
     * runs it at once on the caller's thread.
     */
    default void onFxThread(Runnable update) {
        Platform.runLater(update);
    }
}
