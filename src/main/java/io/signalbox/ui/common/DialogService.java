package io.signalbox.ui.common;

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

    /**
     * The bot editor, showing {@code shown} (null: blank); {@code newBot} picks the title;
     * {@code otherNames} lets it refuse a taken name as the operator types.
     */
    Optional<BotFields> editBot(BotFields shown, boolean newBot, Collection<String> otherNames);

    /** The URL editor showing {@code shown} (null: a blank form); {@code newUrl} picks the title. */
    Optional<NotificationUrl> editUrl(UUID botId, NotificationUrl shown, boolean newUrl);

    /** Tells that something failed, in one line. */
    void showError(String title, String message);
}
