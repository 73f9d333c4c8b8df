package io.signalbox.ui.common;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Modal form dialogs whose Save button follows the form's validity. */
public final class FormDialogs {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("danger");

    private FormDialogs() {
    }

    /**
     * Shows {@code content} with Cancel and a Save button enabled only while {@code valid} holds;
     * true when the operator saved.
     */
    public static Optional<Boolean> show(Window owner, String title, Region content, String saveLabel,
                                         ObservableBooleanValue valid, String id, Runnable onShown) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, save);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(id + "Save");
        saveButton.getStyleClass().add("accent");
        saveButton.disableProperty().bind(Bindings.not(valid));
        dialog.getDialogPane().lookupButton(cancel).setId(id + "Cancel");
        dialog.setResultConverter(button -> button == save ? Boolean.TRUE : null);
        dialog.setOnShown(event -> onShown.run());
        return dialog.showAndWait().filter(Boolean.TRUE::equals);
    }

    /**
     * Resizes the dialog holding {@code content} to its content, after a section appeared or went
     * (another auth kind, a header row), so nothing is cut off and no empty space is left.
     */
    public static void refit(Node content) {
        javafx.application.Platform.runLater(() -> {
            if (content.getScene() != null && content.getScene().getWindow() != null) {
                // Lay out first: a label that just began to wrap only then knows its height.
                content.getScene().getRoot().applyCss();
                content.getScene().getRoot().layout();
                content.getScene().getWindow().sizeToScene();
            }
        });
    }

    /**
     * Gives a field the theme's danger look while {@code invalid} holds, once the operator has typed
     * in it: a form that just opened does not greet them in red (the reason under the form is enough).
     */
    public static void markInvalid(Node field, ObservableBooleanValue invalid) {
        BooleanProperty touched = new SimpleBooleanProperty(!(field instanceof TextInputControl));
        if (field instanceof TextInputControl input) {
            input.textProperty().addListener((obs, was, now) -> touched.set(true));
        }
        BooleanBinding shown = Bindings.and(touched, Bindings.createBooleanBinding(invalid::get, invalid));
        field.pseudoClassStateChanged(INVALID, shown.get());
        shown.addListener((obs, was, now) -> field.pseudoClassStateChanged(INVALID, now));
        // Held by the field: bindings observe weakly, and an unreferenced one would stop updating.
        field.getProperties().put(FormDialogs.class, shown);
    }
}
