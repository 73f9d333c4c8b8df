package io.signalbox.app;

/**
 * Told how far a long export or import has come. Called on the working thread: a window hops to
 * the FX thread itself. {@code total} is -1 when it is not known.
 */
@FunctionalInterface
public interface ProgressListener {

    void progress(long done, long total);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return (done, total) -> { };
    }
}
