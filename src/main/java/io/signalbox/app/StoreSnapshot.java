package io.signalbox.app;

import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.store.BotRepository;
import io.signalbox.store.NotificationUrlRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every bot and URL in the store, read on one connection in two queries (plus headers), for export and import. */
final class StoreSnapshot {

    final List<Bot> bots;
    final Map<UUID, Bot> botsById = new LinkedHashMap<>();
    final Map<String, Bot> botsByNameKey = new HashMap<>();
    final Map<UUID, NotificationUrl> urlsById = new LinkedHashMap<>();
    final Map<UUID, List<NotificationUrl>> urlsByBot = new HashMap<>();

    private StoreSnapshot(List<Bot> bots, List<NotificationUrl> urls) {
        this.bots = List.copyOf(bots);
        for (Bot bot : bots) {
            botsById.put(bot.id(), bot);
            botsByNameKey.put(bot.nameKey(), bot);
        }
        for (NotificationUrl url : urls) {
            urlsById.put(url.id(), url);
            urlsByBot.computeIfAbsent(url.botId(), id -> new ArrayList<>()).add(url);
        }
    }

    static StoreSnapshot read(Connection connection, BotRepository bots, NotificationUrlRepository urls)
            throws SQLException {
        List<Bot> all = bots.listWithUrlCounts(connection).stream().map(BotSummary::bot).toList();
        return new StoreSnapshot(all, urls.listAll(connection));
    }

    List<NotificationUrl> urlsOf(UUID botId) {
        return urlsByBot.getOrDefault(botId, List.of());
    }

    Optional<Bot> bot(UUID id) {
        return Optional.ofNullable(botsById.get(id));
    }

    int urlCount() {
        return urlsById.size();
    }
}
