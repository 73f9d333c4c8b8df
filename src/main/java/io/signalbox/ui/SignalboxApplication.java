package io.signalbox.ui;

import io.signalbox.app.DataDirectory;
import io.signalbox.app.Signalbox;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.FxBackgroundRunner;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.main.MainWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
 * The JavaFX application. The store starts opening in the background before the window exists
 * (it may migrate); the window shows at once with an "opening" notice, replaced by the main view
 * when the store is ready.
 */
public final class SignalboxApplication extends Application {

    private static final String DATA_DIR = "data-dir";
    private static final Logger LOG = Logger.getLogger(SignalboxApplication.class.getName());
    /**
     * While the toolkit starts, JavaFX warns on stderr that it was loaded from the classpath, which
     * is how the single jar runs; quiet only for the start-up (held so the setting is not collected).
     */
    private static final Logger FX_LOG = Logger.getLogger("javafx");

    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private Path dataDir;
    private CompletableFuture<Signalbox> opening;
    private Signalbox signalbox;

    /** Opens the window on the data directory given by --data-dir (null: the default place); blocks until it closes. */
    public static void launchWindow(String dataDirOption) {
        FX_LOG.setLevel(Level.SEVERE);
        if (dataDirOption == null) {
            Application.launch(SignalboxApplication.class);
        } else {
            Application.launch(SignalboxApplication.class, "--" + DATA_DIR + "=" + dataDirOption);
        }
    }

    /** Starts opening the store (it may migrate) while the toolkit builds the first window. */
    @Override
    public void init() {
        FX_LOG.setLevel(null);
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LOG.log(Level.SEVERE, "unexpected failure on " + thread.getName(), failure));
        dataDir = DataDirectory.resolve(getParameters().getNamed().get(DATA_DIR));
        opening = CompletableFuture.supplyAsync(() -> Signalbox.open(dataDir));
    }

    @Override
    public void start(Stage stage) {
        MainWindow.applyTheme();
        Label notice = new Label(Messages.get("app.opening", dataDir));
        notice.getStyleClass().add("text-muted");
        stage.setScene(new Scene(new StackPane(notice), 1100, 680));
        stage.setTitle(Messages.get("app.title"));
        MainWindow.setIcons(stage);
        stage.show();
        long shownAt = millisSinceJvmStart();
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                signalbox = opened;
                MainWindow.show(stage, opened, runner);
                // The runner is one thread in order: this runs once the bot list has loaded.
                runner.run(() -> null, ready -> LOG.info(() -> "start-up: window shown " + shownAt
                        + " ms, bots listed " + millisSinceJvmStart() + " ms after JVM start"), ignored -> { });
            } else {
                refuseToStart(stage, failure);
            }
        }));
    }

    private static void refuseToStart(Stage stage, Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorText.of(failure), ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("app.openFailed.title"));
        alert.setHeaderText(Messages.get("app.openFailed.title"));
        alert.showAndWait();
        Platform.exit();
    }

    private static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Waits for a store still opening (a first-run migration must not be cut off), then closes it. */
    @Override
    public void stop() {
        runner.close();
        if (signalbox != null) {
            signalbox.close();
        } else if (opening != null) {
            try {
                opening.join().close();
            } catch (RuntimeException failedToOpen) {
                LOG.log(Level.FINE, "the store never opened", failedToOpen);
            }
        }
    }
}
