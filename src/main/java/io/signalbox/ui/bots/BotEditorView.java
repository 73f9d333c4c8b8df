package io.signalbox.ui.bots;

import io.signalbox.ui.common.FormDialogs;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Views;
import java.util.Collection;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The new / edit bot dialog, bound to {@link BotEditorViewModel}. */
public final class BotEditorView {

    private final BotEditorViewModel model;

    @FXML private TextField nameField;
    @FXML private TextField platformIdField;
    @FXML private TextArea descriptionField;
    @FXML private Label problemLabel;

    private BotEditorView(BotEditorViewModel model) {
        this.model = model;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public static Optional<BotFields> show(Window owner, BotFields shown, boolean newBot, Collection<String> otherNames) {
        BotEditorViewModel model = new BotEditorViewModel(shown, otherNames);
        BotEditorView view = new BotEditorView(model);
        GridPane content = Views.load(view);
        String title = Messages.get(newBot ? "bot.editor.newTitle" : "bot.editor.editTitle");
        return FormDialogs.show(owner, title, content, Messages.get("bot.editor.save"), model.validProperty(),
                "botEditor", () -> Platform.runLater(view.nameField::requestFocus))
                .map(saved -> model.fields());
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        platformIdField.textProperty().bindBidirectional(model.platformBotIdProperty());
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        problemLabel.textProperty().bind(model.firstProblemProperty());
        problemLabel.textProperty().addListener((obs, was, now) -> FormDialogs.refit(problemLabel));
        FormDialogs.markInvalid(nameField, model.firstProblemProperty().isNotEmpty());
    }
}
