package io.signalbox.ui.transfer;

import io.signalbox.app.SecretsMode;
import io.signalbox.ui.common.FormDialogs;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.SecretField;
import io.signalbox.ui.common.Views;
import java.util.Map;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The export dialog (secrets mode, whole store or one bot, passphrase), bound to {@link ExportDialogViewModel}. */
public final class ExportDialogView {

    private final ExportDialogViewModel model;

    @FXML private ToggleGroup scopeGroup;
    @FXML private ToggleGroup secretsGroup;
    @FXML private RadioButton scopeAllRadio;
    @FXML private RadioButton scopeBotRadio;
    @FXML private RadioButton omittedRadio;
    @FXML private RadioButton plainRadio;
    @FXML private RadioButton encryptedRadio;
    @FXML private Label plainWarningLabel;
    @FXML private GridPane passphraseGrid;
    @FXML private SecretField passphraseField;
    @FXML private SecretField confirmField;
    @FXML private Label exportProblemLabel;

    private ExportDialogView(ExportDialogViewModel model) {
        this.model = model;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public static Optional<ExportChoice> show(Window owner, String selectedBotName, int botCount, boolean onlySelectedBot) {
        ExportDialogViewModel model = new ExportDialogViewModel(selectedBotName, botCount, onlySelectedBot);
        ExportDialogView view = new ExportDialogView(model);
        VBox content = Views.load(view);
        // No field takes the focus: Enter then exports with the safe default (a focused radio would eat it).
        return FormDialogs.show(owner, Messages.get("transfer.export.title"), content,
                        Messages.get("transfer.export.button"), model.validProperty(), "exportDialog", () -> { })
                .map(exported -> model.choice());
    }

    @FXML
    private void initialize() {
        scopeAllRadio.setText(model.wholeStoreLabel());
        scopeBotRadio.setText(model.selectedBotLabel());
        scopeBotRadio.setDisable(!model.canChooseSelectedBot());
        scopeGroup.selectToggle(model.onlySelectedBotProperty().get() ? scopeBotRadio : scopeAllRadio);
        scopeGroup.selectedToggleProperty().addListener((obs, was, now) ->
                model.onlySelectedBotProperty().set(now == scopeBotRadio));

        Map<SecretsMode, Toggle> toggles = Map.of(SecretsMode.OMITTED, omittedRadio, SecretsMode.PLAIN, plainRadio,
                SecretsMode.ENCRYPTED, encryptedRadio);
        secretsGroup.selectToggle(toggles.get(model.secretsProperty().get()));
        secretsGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                secretsGroup.selectToggle(was); // a radio clicked twice stays chosen
                return;
            }
            toggles.forEach((mode, toggle) -> {
                if (toggle == now) {
                    model.secretsProperty().set(mode);
                }
            });
        });
        passphraseField.textProperty().bindBidirectional(model.passphraseProperty());
        confirmField.textProperty().bindBidirectional(model.confirmationProperty());
        showFor(model.secretsProperty().get());
        model.secretsProperty().addListener((obs, was, mode) -> {
            showFor(mode);
            if (mode == SecretsMode.ENCRYPTED) {
                passphraseField.maskedField().requestFocus();
            }
            FormDialogs.refit(exportProblemLabel);
        });
        exportProblemLabel.textProperty().bind(model.problemProperty());
        FormDialogs.markInvalid(passphraseField.maskedField(), model.passphraseTooShortProperty());
        FormDialogs.markInvalid(confirmField.maskedField(), model.confirmationWrongProperty());
    }

    /** The warning only beside plain text; the passphrase fields only for encryption. */
    private void showFor(SecretsMode mode) {
        showWhen(plainWarningLabel, mode == SecretsMode.PLAIN);
        passphraseGrid.setDisable(mode != SecretsMode.ENCRYPTED);
        showWhen(exportProblemLabel, mode == SecretsMode.ENCRYPTED);
    }

    private static void showWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
