package io.signalbox.ui.main;

import atlantafx.base.theme.PrimerLight;
import io.signalbox.app.Signalbox;
import io.signalbox.ui.bots.BotListViewModel;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.DialogService;
import io.signalbox.ui.common.FileChoices;
import io.signalbox.ui.common.FxBackgroundRunner;
import io.signalbox.ui.common.FxDialogService;
import io.signalbox.ui.common.FxFileChoices;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import io.signalbox.ui.testpanel.TestPanelViewModel;
import io.signalbox.ui.transfer.ExportViewModel;
import io.signalbox.ui.transfer.ImportViewModel;
import io.signalbox.ui.urls.UrlTableViewModel;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Wires the main window over an opened store, by constructor, in this one place. FX thread. */
public final class MainWindow {

    public static final String STYLESHEET = "/io/signalbox/ui/signalbox.css";
    /** Test sends, test-all and the receiver: a few at a time, each may wait out a 60 s timeout. */
    private static final int NETWORK_THREADS = 4;

    private MainWindow() {
    }

    /** The theme every scene of the application uses, set before the first scene shows. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Puts the main window's content on {@code stage}, loads the bots, and returns the scene. */
    public static Scene show(Stage stage, Signalbox signalbox, BackgroundRunner runner) {
        return show(stage, signalbox, runner, new FxFileChoices(stage));
    }

    /** As {@link #show(Stage, Signalbox, BackgroundRunner)}, with files chosen by {@code files} (tests script them). */
    public static Scene show(Stage stage, Signalbox signalbox, BackgroundRunner runner, FileChoices files) {
        StatusModel status = new StatusModel();
        DialogService dialogs = new FxDialogService(stage, files);
        BotListViewModel bots = new BotListViewModel(signalbox.settings(), runner, dialogs, status);
        UrlTableViewModel urls = new UrlTableViewModel(signalbox.settings(), runner, dialogs, status);
        ExportViewModel exporter = new ExportViewModel(signalbox.transfer(), runner, dialogs, status,
                Clock.systemDefaultZone());
        ImportViewModel importer = new ImportViewModel(signalbox.transfer(), runner, dialogs, status);
        // Network work gets its own threads: a send waiting on a slow endpoint must not hold up the store runner.
        FxBackgroundRunner network = new FxBackgroundRunner("signalbox-send", NETWORK_THREADS);
        TestPanelViewModel testPanel = new TestPanelViewModel(signalbox.testDelivery(), runner, network,
                Platform::runLater, status);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            testPanel.close();
            network.shutdownLater();
        });
        MainView view = new MainView(bots, urls, testPanel, status, runner, signalbox.dataDir(), exporter, importer);
        Scene scene = new Scene(view.build());
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(760);
        stage.setMinHeight(460);
        bots.load();
        return scene;
    }

    /** The application icon, in the sizes the desktop picks from. */
    public static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 64, 256}) {
            var url = MainWindow.class.getResource("/io/signalbox/ui/icons/signalbox-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }
}
