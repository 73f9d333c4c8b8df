package io.signalbox.ui;

import io.signalbox.app.DataDirectory;
import io.signalbox.app.Signalbox;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.FxBackgroundRunner;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.main.MainWindow;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window shows at once; the store opens in the background (it may
 * migrate) and the main view replaces the "opening" notice when it is ready.
 */
public final class SignalboxApplication extends Application {

    private static final String DATA_DIR = "data-dir";
    /**
     * JavaFX warns on stderr that it was loaded from the classpath, which is how the single jar
     * runs and is supported; held here so the quieted logger is not collected.
     */
    private static final Logger FX_STARTUP_LOG = Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private Signalbox signalbox;

    /** Opens the window on the data directory given by --data-dir (null: the default place); blocks until it closes. */
    public static void launchWindow(String dataDirOption) {
        FX_STARTUP_LOG.setLevel(Level.SEVERE);
        if (dataDirOption == null) {
            Application.launch(SignalboxApplication.class);
        } else {
            Application.launch(SignalboxApplication.class, "--" + DATA_DIR + "=" + dataDirOption);
        }
    }

    @Override
    public void start(Stage stage) {
        MainWindow.applyTheme();
        Path dataDir = DataDirectory.resolve(getParameters().getNamed().get(DATA_DIR));
        Label opening = new Label(Messages.get("app.opening", dataDir));
        opening.getStyleClass().add("text-muted");
        stage.setScene(new Scene(new StackPane(opening), 1100, 680));
        stage.setTitle(Messages.get("app.title"));
        MainWindow.setIcons(stage);
        stage.show();
        runner.run(() -> Signalbox.open(dataDir), opened -> {
            signalbox = opened;
            MainWindow.show(stage, opened, runner);
        }, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorText.of(failure), ButtonType.CLOSE);
            alert.initOwner(stage);
            alert.setTitle(Messages.get("app.openFailed.title"));
            alert.setHeaderText(Messages.get("app.openFailed.title"));
            alert.showAndWait();
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        runner.close();
        if (signalbox != null) {
            signalbox.close();
        }
    }
}
