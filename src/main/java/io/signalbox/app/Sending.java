package io.signalbox.app;

import io.signalbox.domain.DeliveryRecord;

/** A test call under way. */
public interface Sending {

    /**
     * Blocks until the call is done and its record stored; a network failure or a cancel yields a
     * record with that failure (nothing is thrown for them).
     */
    DeliveryRecord await();

    /** Aborts the call; returns at once and may be called from any thread (the FX thread). */
    void cancel();
}
