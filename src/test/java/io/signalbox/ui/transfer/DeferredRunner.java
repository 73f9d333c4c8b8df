package io.signalbox.ui.transfer;

import io.signalbox.ui.common.BackgroundRunner;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** A runner that holds work and FX-thread updates until the test runs them: for what happens in between. */
final class DeferredRunner implements BackgroundRunner {

    private final List<Runnable> later;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    DeferredRunner(List<Runnable> later) {
        this.later = later;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        later.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void onFxThread(Runnable update) {
        later.add(update);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
