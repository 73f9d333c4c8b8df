package io.signalbox.cli;

/**
 * Opens the editing window on a data directory. Main hands one in, so that {@code signalbox
 * --data-dir D} with no command can open the window while package cli never imports package ui.
 */
@FunctionalInterface
public interface WindowOpener {

    /** Opens the window on the {@code --data-dir} value (null: the default place) and blocks until it closes. */
    void open(String dataDirOption);
}
