package io.signalbox.ui.transfer;

import io.signalbox.ui.common.FormDialogs;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.SecretField;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Asks the passphrase of a document whose secrets are encrypted; after a wrong one, says so above the field. */
public final class PassphraseDialog {

    private PassphraseDialog() {
    }

    /** Shows the dialog and waits; the passphrase typed, or empty when cancelled. */
    public static Optional<char[]> show(Window owner, String fileName, String problem) {
        Label explanation = new Label(Messages.get("transfer.passphrase.explanation", fileName));
        explanation.setWrapText(true);
        explanation.setMinHeight(Label.USE_PREF_SIZE);
        explanation.setPrefWidth(420);
        Label problemLabel = new Label(problem);
        problemLabel.setId("passphraseProblem");
        problemLabel.getStyleClass().add("form-problem");
        problemLabel.setGraphic(new FontIcon("fth-x-circle"));
        problemLabel.setWrapText(true);
        problemLabel.setMinHeight(Label.USE_PREF_SIZE);
        problemLabel.setPrefWidth(420);
        problemLabel.setVisible(!problem.isEmpty());
        problemLabel.setManaged(!problem.isEmpty());
        SecretField field = new SecretField();
        field.setId("importPassphraseField");
        VBox content = new VBox(10, explanation, field, problemLabel);
        content.setPadding(new Insets(10, 6, 4, 6));
        return FormDialogs.show(owner, Messages.get("transfer.passphrase.title"), content,
                        Messages.get("transfer.passphrase.open"), field.textProperty().isNotEmpty(), "passphraseDialog",
                        () -> Platform.runLater(field.maskedField()::requestFocus))
                .map(opened -> field.textProperty().get().toCharArray());
    }
}
