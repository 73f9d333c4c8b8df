package io.signalbox.app;

import io.signalbox.delivery.Cancellation;
import io.signalbox.domain.DeliveryRecord;
import java.util.concurrent.CompletableFuture;

/** A test call running on the send executor; cancel pulls its {@link Cancellation}, which aborts the exchange. */
final class RunningSend implements Sending {

    private final CompletableFuture<DeliveryRecord> result;
    private final Cancellation cancellation;

    RunningSend(CompletableFuture<DeliveryRecord> result, Cancellation cancellation) {
        this.result = result;
        this.cancellation = cancellation;
    }

    /** A send that ended before it began (the payload could not be sent). */
    static RunningSend finished(DeliveryRecord record) {
        return new RunningSend(CompletableFuture.completedFuture(record), new Cancellation());
    }

    @Override
    public DeliveryRecord await() {
        return result.join();
    }

    @Override
    public void cancel() {
        cancellation.cancel();
    }

    /** Whether the record is there (await would not block). */
    boolean isDone() {
        return result.isDone();
    }

    /** The record once done; null before. */
    DeliveryRecord now() {
        return result.getNow(null);
    }
}
