package io.signalbox.ui.transfer;

import io.signalbox.app.PlanAction;
import io.signalbox.ui.common.FormDialogs;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Placeholder;
import io.signalbox.ui.common.Views;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The import preview dialog: the plan as a tree table, Replace, Apply or Cancel; bound to {@link ImportPreviewViewModel}. */
public final class ImportPreviewView {

    private static final Map<PlanAction, PseudoClass> ACTION = Map.of(
            PlanAction.ADD, PseudoClass.getPseudoClass("add"),
            PlanAction.CHANGE, PseudoClass.getPseudoClass("change"),
            PlanAction.DELETE, PseudoClass.getPseudoClass("delete"));
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ImportPreviewViewModel model;

    @FXML private Label previewFileLabel;
    @FXML private Label previewSummary;
    @FXML private ProgressIndicator planningIndicator;
    @FXML private Label previewWarnings;
    @FXML private TreeTableView<PreviewRow> previewTree;
    @FXML private TreeTableColumn<PreviewRow, String> previewItemColumn;
    @FXML private TreeTableColumn<PreviewRow, String> previewChangeColumn;
    @FXML private CheckBox replaceBox;
    @FXML private Label replaceWarning;
    @FXML private Label previewProblem;

    private ImportPreviewView(ImportPreviewViewModel model) {
        this.model = model;
    }

    /** Shows the plan and waits; true when the operator chose Apply. */
    public static boolean show(Window owner, ImportPreviewViewModel model) {
        ImportPreviewView view = new ImportPreviewView(model);
        VBox content = Views.load(view);
        return FormDialogs.show(owner, Messages.get("transfer.preview.title"), content,
                Messages.get("transfer.preview.apply"), model.canApplyProperty(), "importPreview",
                () -> Platform.runLater(view.previewTree::requestFocus)).isPresent();
    }

    @FXML
    private void initialize() {
        previewFileLabel.setText(Messages.get("transfer.preview.file", model.fileName()));
        previewSummary.textProperty().bind(model.summaryProperty());
        planningIndicator.visibleProperty().bind(model.planningProperty());
        previewItemColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().name()));
        previewChangeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().detail()));
        previewItemColumn.setCellFactory(column -> new PreviewCell(true));
        previewChangeColumn.setCellFactory(column -> new PreviewCell(false));
        previewTree.setRoot(new TreeItem<>());
        previewTree.setPlaceholder(Placeholder.of(Messages.get("transfer.preview.noRows")));
        show();
        model.previewProperty().addListener((obs, was, now) -> show());

        replaceBox.selectedProperty().bindBidirectional(model.replaceProperty());
        replaceBox.disableProperty().bind(model.planningProperty());
        showWhen(replaceWarning, replaceBox.isSelected());
        replaceBox.selectedProperty().addListener((obs, was, now) -> showWhen(replaceWarning, now));
        previewProblem.textProperty().bind(model.problemProperty());
        previewProblem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        previewProblem.managedProperty().bind(previewProblem.visibleProperty());
    }

    /** Rebuilds the tree from the current plan, every entry unfolded so each change is in sight. */
    private void show() {
        TreeItem<PreviewRow> root = previewTree.getRoot();
        root.getChildren().clear();
        for (PreviewRow group : model.tree()) {
            root.getChildren().add(item(group));
        }
        previewWarnings.setText(model.warningsLine());
        showWhen(previewWarnings, !previewWarnings.getText().isEmpty());
    }

    private static TreeItem<PreviewRow> item(PreviewRow row) {
        TreeItem<PreviewRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        for (PreviewRow child : row.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private static void showWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** A cell coloured by its group; the first column carries an icon for the row's kind; long text in a tooltip. */
    private static final class PreviewCell extends TreeTableCell<PreviewRow, String> {
        private final boolean first;

        PreviewCell(boolean first) {
            this.first = first;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            PreviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            ACTION.forEach((action, pseudo) -> pseudoClassStateChanged(pseudo, row != null && row.action() == action));
            pseudoClassStateChanged(GROUP, row != null && row.kind() == PreviewRow.Kind.GROUP);
            pseudoClassStateChanged(WARNING, row != null && row.kind() == PreviewRow.Kind.WARNING);
            if (row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(text);
            setGraphic(first ? icon(row) : null);
            setTooltip(text.isEmpty() ? null : new Tooltip(text));
        }

        private static Node icon(PreviewRow row) {
            String literal = switch (row.kind()) {
                case GROUP -> row.action() == PlanAction.ADD ? "fth-plus-circle"
                        : row.action() == PlanAction.CHANGE ? "fth-edit-2" : "fth-trash-2";
                case BOT -> "fth-message-circle";
                case URL -> "fth-link";
                case FIELD -> "fth-chevron-right";
                case WARNING -> "fth-alert-triangle";
            };
            FontIcon icon = new FontIcon(literal);
            icon.getStyleClass().add("preview-icon");
            return icon;
        }
    }
}
