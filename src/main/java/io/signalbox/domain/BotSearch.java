package io.signalbox.domain;

import java.util.Locale;

/** The bot list's search rule: the query appears in the name or the platform bot id, ignoring case. */
public final class BotSearch {

    private BotSearch() {
    }

    public static boolean matches(Bot bot, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = fold(query.strip());
        return fold(bot.name()).contains(needle) || fold(bot.platformBotId()).contains(needle);
    }

    private static String fold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
