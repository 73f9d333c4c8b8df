package io.signalbox.ui;

import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.bots.BotFields;
import io.signalbox.ui.common.DialogService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers a view model's dialogs as a test scripts them, and remembers what was asked. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> questions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public boolean confirmAnswer;
    public BotFields botAnswer;
    public NotificationUrl urlAnswer;

    @Override
    public boolean confirm(String title, String question, String detail, String goAheadLabel) {
        questions.add(question + " " + detail);
        return confirmAnswer;
    }

    @Override
    public Optional<BotFields> editBot(Bot existing, Collection<String> otherNames) {
        return Optional.ofNullable(botAnswer);
    }

    @Override
    public Optional<NotificationUrl> editUrl(UUID botId, NotificationUrl existing) {
        return Optional.ofNullable(urlAnswer);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }
}
