package io.signalbox.app;

import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import java.util.UUID;

/** One write of an import, in the order {@link ImportPlanner} lays them out so that no unique name clashes midway. */
sealed interface ImportStep {

    /** Frees a stored bot's name for another bot before the final names are written (a swap of names). */
    record FreeName(Bot stored) implements ImportStep {
    }

    record AddBot(Bot bot) implements ImportStep {
    }

    record ChangeBot(Bot bot) implements ImportStep {
    }

    record AddUrl(NotificationUrl url) implements ImportStep {
    }

    /** Writes every field; {@code moved} when the URL was stored under another bot. */
    record ChangeUrl(NotificationUrl url, boolean moved) implements ImportStep {
    }

    record DeleteUrl(UUID id) implements ImportStep {
    }

    record DeleteBot(UUID id) implements ImportStep {
    }
}
