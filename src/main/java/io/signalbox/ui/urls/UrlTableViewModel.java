package io.signalbox.ui.urls;

import io.signalbox.app.NotificationSettings;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.DialogService;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected bot's notification URLs and what can be done to them: add, edit, duplicate,
 * enable/disable, delete. After a change it reloads and calls {@code onChange} (the bot list
 * updates its counts). FX thread only.
 */
public final class UrlTableViewModel {

    private final NotificationSettings settings;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final StatusModel status;
    private final ObjectProperty<Bot> bot = new SimpleObjectProperty<>();
    private final ObservableList<NotificationUrl> urls = FXCollections.observableArrayList();
    private final ObjectProperty<NotificationUrl> selected = new SimpleObjectProperty<>();
    private Runnable onChange = () -> { };

    public UrlTableViewModel(NotificationSettings settings, BackgroundRunner runner, DialogService dialogs,
                             StatusModel status) {
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
        bot.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                urls.clear();
                selected.set(null);
            }
            reload(null);
        });
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Reads the bot's URLs again, keeping the selection (after an import changed the store). */
    public void refresh() {
        reload(null);
    }

    public void add() {
        Bot current = bot.get();
        if (current == null) {
            return;
        }
        edit(current.id(), null, true);
    }

    public void editSelected() {
        NotificationUrl current = selected.get();
        if (current == null) {
            return;
        }
        edit(current.botId(), current, false);
    }

    /** Shows the editor; when storing fails, says why and shows it again with what was typed. */
    private void edit(UUID botId, NotificationUrl shown, boolean newUrl) {
        dialogs.editUrl(botId, shown, newUrl).ifPresent(url -> change(
                () -> newUrl ? settings.addUrl(url) : settings.updateUrl(url),
                saved -> Messages.get(newUrl ? "status.urlAdded" : "status.urlSaved", saved.url()),
                () -> edit(botId, url, newUrl)));
    }

    public void duplicateSelected() {
        NotificationUrl current = selected.get();
        if (current != null) {
            change(() -> settings.duplicateUrl(current.id()), copy -> Messages.get("status.urlDuplicated", copy.url()));
        }
    }

    public void toggleSelected() {
        NotificationUrl current = selected.get();
        if (current != null) {
            change(() -> settings.toggleEnabled(current.id()),
                    saved -> Messages.get(saved.enabled() ? "status.urlEnabled" : "status.urlDisabled", saved.url()));
        }
    }

    public void setEnabled(NotificationUrl url, boolean enabled) {
        change(() -> settings.setEnabled(url.id(), enabled),
                saved -> Messages.get(enabled ? "status.urlEnabled" : "status.urlDisabled", saved.url()));
    }

    public void deleteSelected() {
        NotificationUrl current = selected.get();
        if (current == null) {
            return;
        }
        boolean confirmed = dialogs.confirm(Messages.get("url.delete.title"),
                Messages.get("url.delete.question", current.url()), Messages.get("url.delete.detail"),
                Messages.get("url.delete.button"));
        if (confirmed) {
            change(() -> {
                settings.deleteUrl(current.id());
                return current;
            }, deleted -> Messages.get("status.urlDeleted", deleted.url()));
        }
    }

    /** A change whose failure reloads the table, so a check box shows the stored state again. */
    private void change(Callable<NotificationUrl> work, Function<NotificationUrl, String> message) {
        change(work, message, () -> reload(null));
    }

    /** Stores a change, then announces it, reloads (selecting the URL) and tells the bot list. */
    private void change(Callable<NotificationUrl> work, Function<NotificationUrl, String> message,
                        Runnable afterFailure) {
        runner.run(work, saved -> {
            status.info(message.apply(saved));
            reload(saved.id());
            onChange.run();
        }, failure -> {
            failed(failure);
            afterFailure.run();
        });
    }

    /** Reloads the bot's URLs, selecting {@code select} (or keeping the selection when null). */
    private void reload(UUID select) {
        Bot current = bot.get();
        if (current == null) {
            return;
        }
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        runner.run(() -> settings.urls(current.id()), list -> {
            if (bot.get() == null || !bot.get().id().equals(current.id())) {
                return; // the operator moved on to another bot meanwhile
            }
            urls.setAll(list);
            selected.set(list.stream().filter(url -> url.id().equals(keep)).findFirst().orElse(null));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure);
        status.error(text);
        dialogs.showError(Messages.get("error.title"), text);
    }

    public ObjectProperty<Bot> botProperty() {
        return bot;
    }

    public ObservableList<NotificationUrl> urls() {
        return urls;
    }

    public ObjectProperty<NotificationUrl> selectedProperty() {
        return selected;
    }
}
