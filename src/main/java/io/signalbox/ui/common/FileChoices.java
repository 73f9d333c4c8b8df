package io.signalbox.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Choosing a file to write or to read. The window asks with the desktop's file chooser; tests
 * answer with a path in a temporary folder (a file chooser cannot be driven headless).
 */
public interface FileChoices {

    /** Asks where to save, proposing {@code suggestedName}; empty when cancelled. */
    Optional<Path> saveFile(String title, String suggestedName);

    /** Asks which file to open; empty when cancelled. */
    Optional<Path> openFile(String title);
}
