package io.signalbox.ui.transfer;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import io.signalbox.ui.common.Messages;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A transient notice in the main window's lower right corner that an export was written, with the
 * path and a button to copy it. It goes after a few seconds unless the pointer rests on it, and at
 * once when the window loses the focus to a dialog. FX thread.
 */
public final class ExportNotice {

    private static final Duration SHOWN_FOR = Duration.seconds(12);
    private static final double MARGIN = 16;
    private static final double STATUS_BAR = 32;

    private ExportNotice() {
    }

    public static void show(Window owner, String message, Path file) {
        Notification notice = new Notification(message, new FontIcon("fth-check-circle"));
        notice.setId("exportNotice");
        notice.getStyleClass().addAll(Styles.SUCCESS, "export-notice");
        notice.setPrefWidth(420);
        notice.setMaxWidth(420);
        Button copy = new Button(Messages.get("transfer.notice.copyPath"), new FontIcon("fth-copy"));
        copy.setId("noticeCopyPath");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(file.toString());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(Messages.get("transfer.notice.copied"));
        });
        notice.setPrimaryActions(copy);

        Popup popup = new Popup();
        popup.getContent().add(notice);
        popup.setAutoHide(false);
        notice.setOnClose(event -> popup.hide());
        if (owner.getScene() != null) {
            notice.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        popup.show(owner);
        notice.applyCss();
        notice.autosize();
        popup.setX(owner.getX() + owner.getWidth() - notice.getWidth() - MARGIN);
        popup.setY(owner.getY() + owner.getHeight() - notice.getHeight() - MARGIN - STATUS_BAR);

        // A dialog opened over the window (an import, say) must not sit under the notice.
        owner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        PauseTransition timer = new PauseTransition(SHOWN_FOR);
        timer.setOnFinished(event -> popup.hide());
        notice.hoverProperty().addListener((obs, was, hovered) -> {
            if (hovered) {
                timer.stop();
            } else {
                timer.playFromStart();
            }
        });
        timer.play();
    }
}
