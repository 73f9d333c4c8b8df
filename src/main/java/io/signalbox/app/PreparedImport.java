package io.signalbox.app;

import io.signalbox.transfer.ReadDocument;

/**
 * What {@link ConfigTransfer#prepare} found, kept for {@link ConfigTransfer#apply}: opaque to the
 * window and the command line, which read the plan only. Holds the document's secrets in memory.
 */
public final class PreparedImport {

    private final ReadDocument document;

    PreparedImport(ReadDocument document) {
        this.document = document;
    }

    ReadDocument document() {
        return document;
    }

    @Override
    public String toString() {
        return "PreparedImport[" + document.bots().size() + " bots, " + document.urlCount() + " urls]";
    }
}
