package io.signalbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.common.FxBackgroundRunner;
import io.signalbox.ui.main.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real main window on a store in a temporary folder, driven as an operator would: clicks, typing,
 * keyboard shortcuts. Store work runs on the real background runner, so tests wait for results.
 */
abstract class WindowTest extends FxRobot {

    @TempDir
    Path dataDir;

    Signalbox signalbox;
    FxBackgroundRunner runner;
    Stage stage;
    /** The files the window's file choosers answer (a file chooser cannot be driven headless). */
    final ScriptedFiles files = new ScriptedFiles();

    /** Every store call the window made on the FX thread (there must be none: it would freeze the window). */
    private final List<String> storeCallsOnFxThread = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startWindow() throws TimeoutException {
        openStore();
        seed(signalbox);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::showWindow);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void openStore() {
        signalbox = Signalbox.open(dataDir, () -> {
            if (Platform.isFxApplicationThread()) {
                storeCallsOnFxThread.add(StackWalker.getInstance().walk(frames -> frames.skip(2).findFirst()
                        .map(Object::toString).orElse("?")));
                throw new IllegalStateException("a store call on the FX thread");
            }
        });
    }

    void showWindow(Stage stage) {
        MainWindow.applyTheme();
        runner = new FxBackgroundRunner();
        MainWindow.show(stage, signalbox, runner, files);
        stage.setWidth(1100);
        stage.setHeight(700);
        stage.show();
    }

    /** Closes the window and the store, then opens both again on the same data directory. */
    void reopen() throws TimeoutException {
        FxToolkit.cleanupStages();
        runner.close();
        signalbox.close();
        openStore();
        FxToolkit.setupStage(this::showWindow);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Data a test wants in the store before the window loads it. */
    void seed(Signalbox store) {
    }

    @AfterEach
    void closeStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (runner != null) {
            runner.close();
        }
        if (signalbox != null) {
            signalbox.close();
        }
        assertThat(storeCallsOnFxThread).as("store calls made on the FX thread").isEmpty();
    }

    /** Waits for the store (read on this test thread, never the FX thread) to reach a state. */
    void waitForStore(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the store did not reach the expected state in 10 s", e);
        }
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    ListView<BotSummary> botList() {
        return lookup("#botList").queryListView();
    }

    TableView<NotificationUrl> urlTable() {
        return lookup("#urlTable").queryTableView();
    }

    List<String> botNames() {
        return botList().getItems().stream().map(summary -> summary.bot().name()).toList();
    }

    List<String> tableUrls() {
        return urlTable().getItems().stream().map(NotificationUrl::url).toList();
    }

    /** Replaces the text of a field (found by id) as a user would: click, select all, type. */
    void typeInto(String query, String text) {
        Node field = lookup(query).query();
        clickOn(field);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            type(KeyCode.BACK_SPACE);
        } else {
            write(text, 0);
        }
    }

    /** Types into a secret field's masked input. */
    void typeSecret(String fieldId, String text) {
        typeInto(fieldId + " .secret-masked", text);
    }

    void shortcut(KeyCode... keys) {
        press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String textOf(String query) {
        Node node = lookup(query).query();
        if (node instanceof Label label) {
            return label.getText();
        }
        return ((TextInputControl) node).getText();
    }

    boolean isDisabled(String buttonQuery) {
        return lookup(buttonQuery).queryAs(Button.class).isDisabled();
    }

    boolean isShowing(String query) {
        return lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).orElse(false);
    }

    void selectBot(String name) {
        clickOn(name);
        waitUntil(() -> botList().getSelectionModel().getSelectedItem() != null
                && botList().getSelectionModel().getSelectedItem().bot().name().equals(name));
    }

    static void assertShows(List<String> actual, String... expected) {
        assertThat(actual).containsExactly(expected);
    }
}
