package io.signalbox.transfer;

/** Told how far reading or writing a document has come; called on the working thread. */
@FunctionalInterface
public interface TransferProgress {

    void progress(long done, long total);

    static TransferProgress none() {
        return (done, total) -> { };
    }
}
