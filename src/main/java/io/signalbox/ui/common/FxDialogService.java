package io.signalbox.ui.common;

import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.bots.BotEditorView;
import io.signalbox.ui.bots.BotFields;
import io.signalbox.ui.transfer.ExportChoice;
import io.signalbox.ui.transfer.ExportDialogView;
import io.signalbox.ui.transfer.ExportNotice;
import io.signalbox.ui.transfer.ImportPreviewView;
import io.signalbox.ui.transfer.ImportPreviewViewModel;
import io.signalbox.ui.transfer.PassphraseDialog;
import io.signalbox.ui.transfer.RefusedDialog;
import io.signalbox.ui.urls.UrlEditorView;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's dialogs, modal to the main window. FX thread only. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final FileChoices files;

    public FxDialogService(Window owner) {
        this(owner, new FxFileChoices(owner));
    }

    public FxDialogService(Window owner, FileChoices files) {
        this.owner = owner;
        this.files = files;
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

    @Override
    public Optional<ExportChoice> chooseExport(String selectedBotName, int botCount, boolean onlySelectedBot) {
        return ExportDialogView.show(owner, selectedBotName, botCount, onlySelectedBot);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        return files.saveFile(Messages.get("transfer.export.fileTitle"), suggestedName);
    }

    @Override
    public Optional<Path> chooseImportFile() {
        return files.openFile(Messages.get("transfer.import.fileTitle"));
    }

    @Override
    public Optional<char[]> askPassphrase(String fileName, String problem) {
        return PassphraseDialog.show(owner, fileName, problem);
    }

    @Override
    public boolean previewImport(ImportPreviewViewModel preview) {
        return ImportPreviewView.show(owner, preview);
    }

    @Override
    public void showRefused(String fileName, String summary, List<String> problems) {
        RefusedDialog.show(owner, fileName, summary, problems);
    }

    @Override
    public void showExported(String message, Path file) {
        ExportNotice.show(owner, message, file);
    }
}
