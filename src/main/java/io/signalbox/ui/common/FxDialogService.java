package io.signalbox.ui.common;

import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.bots.BotEditorView;
import io.signalbox.ui.bots.BotFields;
import io.signalbox.ui.urls.UrlEditorView;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's dialogs, modal to the main window. FX thread only. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String question, String detail, String goAheadLabel) {
        ButtonType goAhead = new ButtonType(goAheadLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, cancel, goAhead);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(question);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().lookupButton(goAhead).setId("confirmYes");
        alert.getDialogPane().lookupButton(goAhead).getStyleClass().add("danger");
        alert.getDialogPane().lookupButton(cancel).setId("confirmNo");
        // Cancel is the default: Enter must not delete by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(goAhead)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(goAhead::equals).isPresent();
    }

    @Override
    public Optional<BotFields> editBot(BotFields shown, boolean newBot, Collection<String> otherNames) {
        return BotEditorView.show(owner, shown, newBot, otherNames);
    }

    @Override
    public Optional<NotificationUrl> editUrl(UUID botId, NotificationUrl shown, boolean newUrl) {
        return UrlEditorView.show(owner, botId, shown, newUrl);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }
}
