package io.signalbox.app;

import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSearch;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.InvalidInputException;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.store.BotRepository;
import io.signalbox.store.Database;
import io.signalbox.store.NameTakenException;
import io.signalbox.store.NotificationUrlRepository;
import io.signalbox.store.StoreException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The bot and notification URL use cases shared by the window and the command line. Every call
 * is one transaction and blocks on the store: call it off the FX thread. Failures arrive as
 * {@link InvalidInputException} (a rule, e.g. a taken name) or {@link SettingsException} (one line).
 */
public final class NotificationSettings {

    private final Database database;
    private final BotRepository bots;
    private final NotificationUrlRepository urls;
    private final Runnable beforeEachStoreCall;

    public NotificationSettings(Database database, BotRepository bots, NotificationUrlRepository urls) {
        this(database, bots, urls, () -> { });
    }

    /** As above, running {@code beforeEachStoreCall} before every call reaches the store. */
    public NotificationSettings(Database database, BotRepository bots, NotificationUrlRepository urls,
                                Runnable beforeEachStoreCall) {
        this.beforeEachStoreCall = beforeEachStoreCall;
        this.database = database;
        this.bots = bots;
        this.urls = urls;
    }

    /** All bots by name, each with its URL count. */
    public List<BotSummary> bots() {
        return guard(() -> database.read(bots::listWithUrlCounts));
    }

    /** Bots whose name or platform bot id contains the query, ignoring case; all bots for a blank query. */
    public List<BotSummary> searchBots(String query) {
        return bots().stream().filter(summary -> BotSearch.matches(summary.bot(), query)).toList();
    }

    /** A bot by id, or else by name (ignoring case). */
    public Optional<Bot> findBot(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        return guard(() -> database.read(connection -> {
            Optional<UUID> id = parseUuid(idOrName);
            Optional<Bot> byId = id.isPresent() ? bots.find(connection, id.get()) : Optional.empty();
            return byId.isPresent() ? byId : bots.findByName(connection, idOrName);
        }));
    }

    public Bot createBot(String name, String platformBotId, String description) {
        Bot bot = Bot.create(name, platformBotId, description);
        guard(() -> database.inTransaction(connection -> {
            bots.insert(connection, bot);
            return null;
        }));
        return bot;
    }

    /** Saves a changed name, platform id or description. */
    public Bot updateBot(Bot bot) {
        guard(() -> database.inTransaction(connection -> {
            if (!bots.update(connection, bot)) {
                throw gone("gone.bot");
            }
            return null;
        }));
        return bot;
    }

    /** Deletes a bot with all its URLs; returns how many URLs went with it. */
    public int deleteBot(UUID botId) {
        return guard(() -> database.inTransaction(connection -> {
            int count = urls.countByBot(connection, botId);
            if (!bots.delete(connection, botId)) {
                throw gone("gone.bot");
            }
            return count;
        }));
    }

    public List<NotificationUrl> urls(UUID botId) {
        return guard(() -> database.read(connection -> urls.listByBot(connection, botId)));
    }

    /** A URL of a bot by its id, or else by its exact address (the first one added). */
    public Optional<NotificationUrl> findUrl(UUID botId, String idOrAddress) {
        Optional<UUID> id = parseUuid(idOrAddress);
        List<NotificationUrl> all = urls(botId);
        return all.stream()
                .filter(url -> id.map(url.id()::equals).orElse(false))
                .findFirst()
                .or(() -> all.stream().filter(url -> url.url().equals(idOrAddress)).findFirst());
    }

    /** Adds a new URL to its bot. */
    public NotificationUrl addUrl(NotificationUrl url) {
        guard(() -> database.inTransaction(connection -> {
            if (bots.find(connection, url.botId()).isEmpty()) {
                throw gone("gone.bot");
            }
            urls.insert(connection, url);
            return null;
        }));
        return url;
    }

    /**
     * Replaces every field of a stored URL of the same bot. A URL deleted meanwhile (or belonging to
     * another bot) is reported, never silently recreated.
     */
    public NotificationUrl updateUrl(NotificationUrl url) {
        guard(() -> database.inTransaction(connection -> {
            boolean sameBot = urls.find(connection, url.id()).map(stored -> stored.botId().equals(url.botId()))
                    .orElse(false);
            if (!sameBot || !urls.update(connection, url)) {
                throw gone("gone.url");
            }
            return null;
        }));
        return url;
    }

    /** Stores a copy of the URL under a new id; it is listed last among the bot's URLs (the newest). */
    public NotificationUrl duplicateUrl(UUID urlId) {
        return guard(() -> database.inTransaction(connection -> {
            NotificationUrl copy = urls.find(connection, urlId).orElseThrow(() -> gone("gone.url")).duplicate();
            urls.insert(connection, copy);
            return copy;
        }));
    }

    /** Flips enabled in one transaction, so two quick presses never send the same value twice. */
    public NotificationUrl toggleEnabled(UUID urlId) {
        return guard(() -> database.inTransaction(connection -> {
            NotificationUrl stored = urls.find(connection, urlId).orElseThrow(() -> gone("gone.url"));
            urls.setEnabled(connection, urlId, !stored.enabled());
            return stored.withEnabled(!stored.enabled());
        }));
    }

    public NotificationUrl setEnabled(UUID urlId, boolean enabled) {
        return guard(() -> database.inTransaction(connection -> {
            if (!urls.setEnabled(connection, urlId, enabled)) {
                throw gone("gone.url");
            }
            return urls.find(connection, urlId).orElseThrow();
        }));
    }

    public void deleteUrl(UUID urlId) {
        guard(() -> database.inTransaction(connection -> {
            if (!urls.delete(connection, urlId)) {
                throw gone("gone.url");
            }
            return null;
        }));
    }

    /** The one-line error for a bot or URL deleted elsewhere; {@code key} names which. */
    private static SettingsException gone(String key) {
        return new SettingsException(ResourceBundle.getBundle("io.signalbox.app.messages", Locale.getDefault())
                .getString(key));
    }

    private static Optional<UUID> parseUuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Turns store failures into the app's own exceptions, so ui and cli never see store types. */
    private <T> T guard(Supplier<T> work) {
        beforeEachStoreCall.run();
        try {
            return work.get();
        } catch (NameTakenException e) {
            throw new InvalidInputException(Bot.nameTaken(e.name()));
        } catch (StoreException e) {
            throw new SettingsException(e.getMessage(), e);
        }
    }
}
