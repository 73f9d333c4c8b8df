package io.signalbox.ui.bots;

import io.signalbox.app.NotificationSettings;
import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSearch;
import io.signalbox.domain.BotSummary;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.DialogService;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The bot list: all bots, the search that narrows them as the operator types (in memory: the list
 * is already loaded), the selection, and add / rename / delete. FX thread only.
 */
public final class BotListViewModel {

    private final NotificationSettings settings;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final StatusModel status;

    private final ObservableList<BotSummary> bots = FXCollections.observableArrayList();
    private final ObservableList<BotSummary> readOnlyBots = FXCollections.unmodifiableObservableList(bots);
    private final FilteredList<BotSummary> visibleBots = new FilteredList<>(bots);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<BotSummary> selected = new SimpleObjectProperty<>();
    private boolean replacingList;

    public BotListViewModel(NotificationSettings settings, BackgroundRunner runner, DialogService dialogs,
                            StatusModel status) {
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
        searchText.addListener((obs, old, query) -> visibleBots.setPredicate(summary -> BotSearch.matches(summary.bot(), query)));
    }

    /** Reloads every bot, keeping the selection when the bot still exists. */
    public void load() {
        reloadAndSelect(selectedId());
    }

    public void newBot() {
        newBot(null);
    }

    /** Asks for the bot; when storing fails, says why and shows the form again with what was typed. */
    private void newBot(BotFields typed) {
        dialogs.editBot(typed, true, names(null)).ifPresent(fields -> runner.run(
                () -> settings.createBot(fields.name(), fields.platformBotId(), fields.description()),
                bot -> {
                    searchText.set("");
                    status.info(Messages.get("status.botCreated", bot.name()));
                    reloadAndSelect(bot.id());
                },
                failure -> {
                    failed(failure);
                    newBot(fields);
                }));
    }

    public void editSelected() {
        BotSummary current = selected.get();
        if (current == null) {
            return;
        }
        Bot bot = current.bot();
        editBot(bot, new BotFields(bot.name(), bot.platformBotId(), bot.description()));
    }

    private void editBot(Bot bot, BotFields shown) {
        dialogs.editBot(shown, false, names(bot.id())).ifPresent(fields -> runner.run(
                () -> settings.updateBot(new Bot(bot.id(), fields.name(), fields.platformBotId(), fields.description())),
                saved -> {
                    status.info(Messages.get("status.botSaved", saved.name()));
                    reloadAndSelect(saved.id());
                },
                failure -> {
                    failed(failure);
                    editBot(bot, fields);
                }));
    }

    /** Deletes the selected bot after the operator confirms, naming how many URLs go with it. */
    public void deleteSelected() {
        BotSummary current = selected.get();
        if (current == null) {
            return;
        }
        String name = current.bot().name();
        boolean confirmed = dialogs.confirm(Messages.get("bot.delete.title"),
                Messages.get("bot.delete.question", name),
                Messages.get("bot.delete.detail", current.urlCount()),
                Messages.get("bot.delete.button"));
        if (!confirmed) {
            return;
        }
        int index = visibleBots.indexOf(current);
        runner.run(() -> settings.deleteBot(current.bot().id()),
                urlCount -> {
                    status.info(Messages.get("status.botDeleted", name, urlCount));
                    reload(list -> neighbourOf(index));
                },
                this::failed);
    }

    private void reloadAndSelect(UUID id) {
        reload(list -> list.stream().filter(summary -> summary.bot().id().equals(id)).findFirst()
                .orElse(id == null && !list.isEmpty() ? list.get(0) : null));
    }

    private void reload(Function<List<BotSummary>, BotSummary> pick) {
        runner.run(settings::bots, list -> {
            replacingList = true;
            try {
                bots.setAll(list);
            } finally {
                replacingList = false;
            }
            selected.set(pick.apply(visibleBots));
        }, this::failed);
    }

    private BotSummary neighbourOf(int index) {
        if (visibleBots.isEmpty()) {
            return null;
        }
        return visibleBots.get(Math.max(0, Math.min(index, visibleBots.size() - 1)));
    }

    private List<String> names(UUID except) {
        return bots.stream().filter(summary -> !summary.bot().id().equals(except)).map(summary -> summary.bot().name()).toList();
    }

    private UUID selectedId() {
        return Optional.ofNullable(selected.get()).map(summary -> summary.bot().id()).orElse(null);
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure);
        status.error(text);
        dialogs.showError(Messages.get("error.title"), text);
    }

    /**
     * True while the list is being replaced by a reload: the list control then drops its selection
     * for a moment, which must not count as the operator choosing no bot.
     */
    public boolean isReplacingList() {
        return replacingList;
    }

    public ObservableList<BotSummary> visibleBots() {
        return visibleBots;
    }

    /** Every bot, whatever the search (one read-only view, so listeners on it stay attached). */
    public ObservableList<BotSummary> allBots() {
        return readOnlyBots;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<BotSummary> selectedProperty() {
        return selected;
    }
}
