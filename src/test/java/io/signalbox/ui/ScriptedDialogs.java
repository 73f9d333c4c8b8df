package io.signalbox.ui;

import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.bots.BotFields;
import io.signalbox.ui.common.DialogService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers a view model's dialogs as a test scripts them (each form answer once), and remembers what was asked. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> questions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<BotFields> botFormsShown = new ArrayList<>();
    public final List<NotificationUrl> urlFormsShown = new ArrayList<>();
    public boolean confirmAnswer;
    public BotFields botAnswer;
    public NotificationUrl urlAnswer;

    @Override
    public boolean confirm(String title, String question, String detail, String goAheadLabel) {
        questions.add(question + " " + detail);
        return confirmAnswer;
    }

    @Override
    public Optional<BotFields> editBot(BotFields shown, boolean newBot, Collection<String> otherNames) {
        botFormsShown.add(shown);
        BotFields answer = botAnswer;
        botAnswer = null;
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<NotificationUrl> editUrl(UUID botId, NotificationUrl shown, boolean newUrl) {
        urlFormsShown.add(shown);
        NotificationUrl answer = urlAnswer;
        urlAnswer = null;
        return Optional.ofNullable(answer);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }
}
