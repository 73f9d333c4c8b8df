package io.signalbox.app;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Export and import of the JSON configuration document (format {@code signalbox.config}). Every
 * method blocks on the store and on files: call it off the FX thread.
 */
public final class ConfigTransfer {

    ConfigTransfer() {
    }

    /** Writes the document to a file atomically: a temporary file in the same folder, then a move. */
    public ExportSummary export(ExportRequest request, Path file, ProgressListener progress) {
        throw new UnsupportedOperationException("export: not yet implemented");
    }

    /** Writes the document to a stream (stdout); the stream is flushed, not closed. */
    public ExportSummary export(ExportRequest request, OutputStream out, ProgressListener progress) {
        throw new UnsupportedOperationException("export: not yet implemented");
    }

    /** Reads only the head of a document; throws {@link DocumentRefusedException} for one that is not ours. */
    public DocumentInfo inspect(Path file) {
        throw new UnsupportedOperationException("inspect: not yet implemented");
    }

    /**
     * Parses and validates a document and plans it against the store; writes nothing. Throws
     * {@link DocumentRefusedException} with every problem, {@link WrongPassphraseException}.
     */
    public ImportPreview prepare(Path file, ImportOptions options, ProgressListener progress) {
        throw new UnsupportedOperationException("prepare: not yet implemented");
    }

    /** Applies a prepared plan in one transaction; {@link SettingsException} if the store changed meanwhile. */
    public ImportOutcome apply(ImportPreview preview, ProgressListener progress) {
        throw new UnsupportedOperationException("apply: not yet implemented");
    }
}
