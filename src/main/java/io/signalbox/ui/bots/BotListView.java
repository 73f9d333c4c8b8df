package io.signalbox.ui.bots;

import atlantafx.base.controls.CustomTextField;
import io.signalbox.domain.BotSummary;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.Placeholder;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** The bot list pane: search, list and buttons, bound to {@link BotListViewModel}. */
public final class BotListView {

    private final BotListViewModel model;

    @FXML private Label countLabel;
    @FXML private CustomTextField searchField;
    @FXML private ListView<BotSummary> botList;
    @FXML private Button newBotButton;
    @FXML private Button editBotButton;
    @FXML private Button deleteBotButton;

    public BotListView(BotListViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        botList.setItems(model.visibleBots());
        botList.setCellFactory(list -> new BotCell());
        botList.placeholderProperty().bind(Bindings.createObjectBinding(() -> placeholder(model.searchTextProperty().get()),
                model.searchTextProperty()));
        botList.getSelectionModel().selectedItemProperty().addListener((obs, old, bot) -> {
            if (!model.isReplacingList()) {
                model.selectedProperty().set(bot);
            }
        });
        model.selectedProperty().addListener((obs, old, bot) -> {
            if (bot != botList.getSelectionModel().getSelectedItem()) {
                botList.getSelectionModel().select(bot);
                botList.scrollTo(bot);
            }
        });
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("bots.count", model.visibleBots().size(), model.allBots().size()),
                model.visibleBots(), model.allBots()));
        editBotButton.disableProperty().bind(model.selectedProperty().isNull());
        deleteBotButton.disableProperty().bind(model.selectedProperty().isNull());
        newBotButton.setTooltip(new Tooltip(Messages.get("bots.new.tooltip")));
        editBotButton.setTooltip(new Tooltip(Messages.get("bots.edit.tooltip")));
        deleteBotButton.setTooltip(new Tooltip(Messages.get("bots.delete.tooltip")));
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        botList.setOnKeyPressed(this::listKeys);
    }

    /** Enter or Down in the search box moves into the list, on the first match. */
    private void searchKeys(KeyEvent event) {
        if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !model.visibleBots().isEmpty()) {
            botList.requestFocus();
            if (botList.getSelectionModel().isEmpty()) {
                botList.getSelectionModel().selectFirst();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
            searchField.clear();
            event.consume();
        }
    }

    private void listKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE) {
            model.deleteSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.F2) {
            model.editSelected();
            event.consume();
        }
    }

    /** Puts the cursor in the bot list, where the arrows move (at start-up). */
    public void focusList() {
        botList.requestFocus();
    }

    /** Puts the cursor in the search box (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private static Label placeholder(String query) {
        return Placeholder.of(query == null || query.isBlank() ? Messages.get("bots.empty")
                : Messages.get("bots.noMatch", query.strip()));
    }

    @FXML
    private void onNew() {
        model.newBot();
    }

    @FXML
    private void onEdit() {
        model.editSelected();
    }

    @FXML
    private void onDelete() {
        model.deleteSelected();
    }

    /** Two lines: the name, then the platform id and how many URLs. */
    private static final class BotCell extends ListCell<BotSummary> {
        private final Label name = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, name, meta);

        BotCell() {
            name.getStyleClass().add("bot-name");
            meta.getStyleClass().addAll("text-muted", "text-small");
        }

        @Override
        protected void updateItem(BotSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(item.bot().name());
            String count = Messages.get("bots.urlCount", item.urlCount());
            meta.setText(item.bot().platformBotId().isEmpty() ? count : item.bot().platformBotId() + "  \u00b7  " + count);
            setGraphic(box);
        }
    }
}
