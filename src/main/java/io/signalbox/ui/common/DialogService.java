package io.signalbox.ui.common;

import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.bots.BotFields;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The questions and notices a view model needs from the operator. The window answers with real
 * dialogs; view-model tests answer with a stub.
 */
public interface DialogService {

    /** Asks before something that cannot be undone; true to go ahead. */
    boolean confirm(String title, String question, String detail, String goAheadLabel);

    /** The bot editor: {@code existing} null for a new bot; {@code otherNames} to refuse a taken name as typed. */
    Optional<BotFields> editBot(Bot existing, Collection<String> otherNames);

    /** The URL editor: {@code existing} null for a new URL of the bot. */
    Optional<NotificationUrl> editUrl(UUID botId, NotificationUrl existing);

    /** Tells that something failed, in one line. */
    void showError(String title, String message);
}
