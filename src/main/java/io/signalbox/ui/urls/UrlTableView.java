package io.signalbox.ui.urls;

import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.SubscriptionEvent;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Placeholder;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected bot's notification URLs: header, buttons and table, bound to {@link UrlTableViewModel}. */
public final class UrlTableView {

    private static final PseudoClass DISABLED_URL = PseudoClass.getPseudoClass("url-disabled");

    private final UrlTableViewModel model;

    @FXML private VBox content;
    @FXML private Label noBotLabel;
    @FXML private Label botNameLabel;
    @FXML private Label platformIdLabel;
    @FXML private Label botDescriptionLabel;
    @FXML private Button addUrlButton;
    @FXML private Button editUrlButton;
    @FXML private Button duplicateUrlButton;
    @FXML private Button toggleUrlButton;
    @FXML private FontIcon toggleIcon;
    @FXML private Button deleteUrlButton;
    @FXML private TableView<NotificationUrl> urlTable;
    @FXML private TableColumn<NotificationUrl, NotificationUrl> enabledColumn;
    @FXML private TableColumn<NotificationUrl, String> urlColumn;
    @FXML private TableColumn<NotificationUrl, String> eventsColumn;
    @FXML private TableColumn<NotificationUrl, String> authColumn;
    @FXML private TableColumn<NotificationUrl, String> descriptionColumn;

    public UrlTableView(UrlTableViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(model.botProperty().isNotNull());
        noBotLabel.visibleProperty().bind(model.botProperty().isNull());
        model.botProperty().addListener((obs, old, bot) -> showBot(bot));
        showBot(model.botProperty().get());

        urlTable.setItems(model.urls());
        urlTable.setPlaceholder(Placeholder.of(Messages.get("urls.empty")));
        urlColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().url()));
        urlColumn.setCellFactory(column -> new FullTextCell());
        descriptionColumn.setCellFactory(column -> new FullTextCell());
        eventsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(events(cell.getValue())));
        authColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                Messages.get("auth.short." + cell.getValue().auth().kind().name())));
        descriptionColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().description()));
        enabledColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        enabledColumn.setCellFactory(column -> new EnabledCell());
        urlTable.setRowFactory(table -> row());

        urlTable.getSelectionModel().selectedItemProperty().addListener((obs, old, url) -> model.selectedProperty().set(url));
        model.selectedProperty().addListener((obs, old, url) -> {
            if (url != urlTable.getSelectionModel().getSelectedItem()) {
                urlTable.getSelectionModel().select(url);
            }
            showToggle(url);
        });
        urlTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                model.deleteSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                model.editSelected();
                event.consume();
            }
        });
        for (Button button : new Button[] {editUrlButton, duplicateUrlButton, toggleUrlButton, deleteUrlButton}) {
            button.disableProperty().bind(model.selectedProperty().isNull());
        }
        addUrlButton.setTooltip(new Tooltip(Messages.get("urls.add.tooltip")));
        editUrlButton.setTooltip(new Tooltip(Messages.get("urls.edit.tooltip")));
        duplicateUrlButton.setTooltip(new Tooltip(Messages.get("urls.duplicate.tooltip")));
        toggleUrlButton.setTooltip(new Tooltip(Messages.get("urls.toggle.tooltip")));
        deleteUrlButton.setTooltip(new Tooltip(Messages.get("urls.delete.tooltip")));
    }

    private void showBot(Bot bot) {
        botNameLabel.setText(bot == null ? "" : bot.name());
        boolean hasPlatformId = bot != null && !bot.platformBotId().isEmpty();
        platformIdLabel.setText(hasPlatformId ? Messages.get("urls.platformBotId", bot.platformBotId()) : "");
        boolean hasDescription = bot != null && !bot.description().isBlank();
        botDescriptionLabel.setText(hasDescription ? bot.description().strip() : "");
        botDescriptionLabel.setManaged(hasDescription);
        botDescriptionLabel.setVisible(hasDescription);
    }

    private void showToggle(NotificationUrl url) {
        boolean disableNext = url == null || url.enabled();
        toggleUrlButton.setText(Messages.get(disableNext ? "urls.disable" : "urls.enable"));
        toggleIcon.setIconLiteral(disableNext ? "fth-pause-circle" : "fth-play-circle");
    }

    /** Read, Failed, Reply in the platform's words; All alone. */
    static String events(NotificationUrl url) {
        return url.subscription().events().stream()
                .map(SubscriptionEvent::name)
                .map(name -> Messages.get("event." + name))
                .collect(Collectors.joining(", "));
    }

    private TableRow<NotificationUrl> row() {
        TableRow<NotificationUrl> row = new TableRow<>() {
            @Override
            protected void updateItem(NotificationUrl item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(DISABLED_URL, item != null && !item.enabled());
            }
        };
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                model.editSelected();
            }
        });
        return row;
    }

    @FXML
    private void onAdd() {
        model.add();
    }

    @FXML
    private void onEdit() {
        model.editSelected();
    }

    @FXML
    private void onDuplicate() {
        model.duplicateSelected();
    }

    @FXML
    private void onToggle() {
        model.toggleSelected();
    }

    @FXML
    private void onDelete() {
        model.deleteSelected();
    }

    /** Text that may be cut off in its column, whole in a tooltip. */
    private static final class FullTextCell extends TableCell<NotificationUrl, String> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tooltip.setText(item);
            setTooltip(empty || item == null || item.isEmpty() ? null : tooltip);
        }
    }

    /** A check box that enables or disables the URL of its row at once. */
    private final class EnabledCell extends TableCell<NotificationUrl, NotificationUrl> {
        private final CheckBox box = new CheckBox();

        EnabledCell() {
            box.getStyleClass().add("enabled-box");
            box.setOnAction(event -> {
                NotificationUrl url = getItem();
                if (url != null) {
                    model.setEnabled(url, box.isSelected());
                }
            });
            setStyle("-fx-alignment: CENTER;");
        }

        @Override
        protected void updateItem(NotificationUrl item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(item.enabled());
            setGraphic(box);
        }
    }

}
