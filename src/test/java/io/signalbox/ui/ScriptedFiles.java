package io.signalbox.ui;

import io.signalbox.ui.common.FileChoices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the window's file choosers as a test scripts them, and remembers the names it proposed. */
public final class ScriptedFiles implements FileChoices {

    public final List<String> suggestedNames = new ArrayList<>();
    public volatile Path saveAnswer;
    public volatile Path openAnswer;

    @Override
    public Optional<Path> saveFile(String title, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<Path> openFile(String title) {
        return Optional.ofNullable(openAnswer);
    }
}
