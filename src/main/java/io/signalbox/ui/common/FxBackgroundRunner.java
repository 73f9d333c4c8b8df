package io.signalbox.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * The window's runner: by default one background thread, so store changes apply in the order the
 * operator made them; results come back on the FX thread. Call {@link #run} on the FX thread.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    /** The store runner: one thread, work in order. */
    public FxBackgroundRunner() {
        this("signalbox-store", 1);
    }

    /**
     * A runner of {@code threads} threads named {@code name}-N, for work that may wait long and in
     * parallel (test sends waiting for a slow endpoint), so it never holds up the store runner.
     */
    public FxBackgroundRunner(String name, int threads) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, threads == 1 ? name : name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            onFailure.accept(task.getException());
        });
        started();
        executor.execute(task);
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Takes no more work and returns at once; work in flight ends on its own (daemon threads). Never
     * interrupts: a thread interrupted inside an H2 write would close the store.
     */
    public void shutdownLater() {
        executor.shutdown();
    }

    /** Lets work already handed over finish (a store write in flight), for a few seconds at most. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
