package io.signalbox.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A JSON text area: monospace, line numbers, syntax colours (see {@link JsonSyntax}), and, under
 * it, what is wrong with the text (with line and column) as a validator reports it. Read-only for
 * showing responses. FX thread.
 */
public final class JsonEditor extends VBox {

    /** Larger texts are shown without colours: colouring a megabyte on every change costs too much. */
    private static final int MAX_COLOURED = 256 * 1024;

    private final CodeArea area = new CodeArea();
    private final Label problemLabel = new Label();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Function<String, Optional<String>> validator = text -> Optional.empty();
    private boolean httpMessage;

    public JsonEditor() {
        getStyleClass().add("json-editor");
        area.getStyleClass().add("json-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("json-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        problemLabel.getStyleClass().add("form-problem");
        problemLabel.setGraphic(new FontIcon("fth-alert-circle"));
        problemLabel.setWrapText(true);
        problemLabel.textProperty().bind(problem);
        problemLabel.visibleProperty().bind(problem.isNotEmpty());
        problemLabel.managedProperty().bind(problem.isNotEmpty());
        setSpacing(4);
        getChildren().addAll(scroll, problemLabel);
        area.textProperty().addListener((obs, was, now) -> changed(now));
    }

    private void changed(String text) {
        if (text.length() <= MAX_COLOURED) {
            area.setStyleSpans(0, httpMessage ? JsonSyntax.highlightHttp(text) : JsonSyntax.highlight(text));
        }
        problem.set(text.isEmpty() ? "" : validator.apply(text).orElse(""));
    }

    /** Replaces the whole text and moves to its top. */
    public void setText(String text) {
        area.replaceText(text == null ? "" : text);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public String getText() {
        return area.getText();
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("readonly"), !editable);
    }

    public void setWrapText(boolean wrap) {
        area.setWrapText(wrap);
    }

    /** Shows an HTTP message (start line, headers, JSON body) rather than JSON alone. */
    public void setHttpMessage(boolean httpMessage) {
        this.httpMessage = httpMessage;
        changed(area.getText());
    }

    /** Checks every change of the text; the answer (one line, empty when fine) shows under the editor. */
    public void setValidator(Function<String, Optional<String>> validator) {
        this.validator = validator;
        changed(area.getText());
    }

    /** What is wrong with the text now, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The text area itself, for focus and keyboard handling. */
    public CodeArea area() {
        return area;
    }
}
