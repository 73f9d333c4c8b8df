package io.signalbox.ui.transfer;

import io.signalbox.ui.common.Messages;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Tells that a document was refused, listing every problem with its JSON path in a scrollable,
 * selectable text (and a button to copy them all), so the operator can fix the file.
 */
public final class RefusedDialog {

    private static final int MAX_ROWS = 14;
    private static final int COLUMNS = 76;

    private RefusedDialog() {
    }

    public static void show(Window owner, String fileName, String summary, List<String> problems) {
        Label explanation = new Label(Messages.get("transfer.refused.explanation", fileName));
        explanation.setWrapText(true);
        explanation.setMinHeight(Label.USE_PREF_SIZE);
        explanation.setPrefWidth(660);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setId("refusedProblems");
        list.getStyleClass().add("problem-list");
        list.setEditable(false);
        list.setWrapText(true);
        // Rows for the lines as they wrap, so a few problems show whole and many scroll.
        int lines = problems.stream().mapToInt(problem -> 1 + problem.length() / COLUMNS).sum();
        list.setPrefRowCount(Math.max(3, Math.min(MAX_ROWS, lines)));
        list.setPrefColumnCount(COLUMNS);
        VBox.setVgrow(list, Priority.ALWAYS);
        Button copy = new Button(Messages.get("transfer.refused.copy"), new FontIcon("fth-copy"));
        copy.setId("refusedCopy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(list.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox content = new VBox(10, explanation, list, new HBox(copy));

        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("transfer.refused.title"));
        alert.setHeaderText(summary);
        alert.setResizable(true);
        alert.getDialogPane().setId("refusedDialog");
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }
}
