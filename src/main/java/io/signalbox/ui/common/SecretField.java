package io.signalbox.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A masked text field with a reveal toggle. The masked and the plain field share one text, so the
 * value survives toggling; the secret is shown only while the operator holds it revealed.
 */
public final class SecretField extends HBox {

    private final PasswordField masked = new PasswordField();
    private final TextField plain = new TextField();
    private final ToggleButton reveal = new ToggleButton();

    public SecretField() {
        getStyleClass().add("secret-field");
        setSpacing(4);
        plain.textProperty().bindBidirectional(masked.textProperty());
        plain.visibleProperty().bind(reveal.selectedProperty());
        masked.visibleProperty().bind(reveal.selectedProperty().not());
        masked.getStyleClass().add("secret-masked");
        plain.getStyleClass().add("secret-plain");
        StackPane fields = new StackPane(masked, plain);
        HBox.setHgrow(fields, Priority.ALWAYS);
        FontIcon eye = new FontIcon("fth-eye");
        reveal.setGraphic(eye);
        reveal.getStyleClass().addAll("button-icon", "reveal-toggle");
        reveal.setTooltip(new Tooltip(Messages.get("secret.reveal.tooltip")));
        reveal.setFocusTraversable(false);
        reveal.selectedProperty().addListener((obs, was, shown) -> {
            eye.setIconLiteral(shown ? "fth-eye-off" : "fth-eye");
            (shown ? plain : masked).requestFocus();
        });
        getChildren().addAll(fields, reveal);
    }

    public StringProperty textProperty() {
        return masked.textProperty();
    }

    /** The masked input, which always holds the text (for a validation marker). */
    public PasswordField maskedField() {
        return masked;
    }
}
