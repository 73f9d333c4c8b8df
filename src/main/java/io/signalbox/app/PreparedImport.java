package io.signalbox.app;

/**
 * What {@link ConfigTransfer#prepare} found, kept for {@link ConfigTransfer#apply}: opaque to the
 * window and the command line, which read the plan only.
 */
public final class PreparedImport {

    PreparedImport() {
    }
}
