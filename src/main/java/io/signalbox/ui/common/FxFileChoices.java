package io.signalbox.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The desktop's file chooser for JSON documents, opening in the folder used last (the home folder
 * at first). A name typed without an extension gets ".json". FX thread only.
 */
public final class FxFileChoices implements FileChoices {

    private final Window owner;
    private Path lastFolder = Path.of(System.getProperty("user.home"));

    public FxFileChoices(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner)).map(FxFileChoices::withJsonExtension);
    }

    @Override
    public Optional<Path> openFile(String title) {
        return remember(chooser(title).showOpenDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("files.json"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("files.all"), "*"));
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath().toAbsolutePath();
        if (path.getParent() != null) {
            lastFolder = path.getParent();
        }
        return Optional.of(path);
    }

    static Path withJsonExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + ".json");
    }
}
