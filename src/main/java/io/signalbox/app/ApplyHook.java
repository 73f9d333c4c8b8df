package io.signalbox.app;

/**
 * Called after each write of an import, inside its transaction: tests throw from it to show that a
 * failure halfway leaves the store as it was.
 */
@FunctionalInterface
interface ApplyHook {

    ApplyHook NONE = (step, done) -> { };

    void afterStep(ImportStep step, int done);
}
