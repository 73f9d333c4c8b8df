package io.signalbox.ui;

import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.bots.BotFields;
import io.signalbox.ui.common.DialogService;
import io.signalbox.ui.transfer.ExportChoice;
import io.signalbox.ui.transfer.ImportPreviewViewModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Answers a view model's dialogs as a test scripts them (each form answer once), and remembers what was asked. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> questions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<BotFields> botFormsShown = new ArrayList<>();
    public final List<NotificationUrl> urlFormsShown = new ArrayList<>();
    public final List<String> refusals = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> passphraseProblems = new ArrayList<>();
    public final List<String> exportDialogs = new ArrayList<>();
    public final List<String> suggestedFileNames = new ArrayList<>();
    public final List<ImportPreviewViewModel> previews = new ArrayList<>();
    public final Deque<String> passphraseAnswers = new ArrayDeque<>();
    public boolean confirmAnswer;
    public BotFields botAnswer;
    public NotificationUrl urlAnswer;
    public ExportChoice exportAnswer;
    public Path exportFile;
    public Path importFile;
    /** Looks at the preview (may tick Replace) and answers: true for Apply. */
    public Predicate<ImportPreviewViewModel> previewAnswer = preview -> false;

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

    @Override
    public Optional<ExportChoice> chooseExport(String selectedBotName, int botCount, boolean onlySelectedBot) {
        exportDialogs.add(selectedBotName + " " + botCount + " " + onlySelectedBot);
        ExportChoice answer = exportAnswer;
        exportAnswer = null;
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        suggestedFileNames.add(suggestedName);
        return Optional.ofNullable(exportFile);
    }

    @Override
    public Optional<Path> chooseImportFile() {
        return Optional.ofNullable(importFile);
    }

    @Override
    public Optional<char[]> askPassphrase(String fileName, String problem) {
        passphraseProblems.add(problem);
        return Optional.ofNullable(passphraseAnswers.poll()).map(String::toCharArray);
    }

    @Override
    public boolean previewImport(ImportPreviewViewModel preview) {
        previews.add(preview);
        return previewAnswer.test(preview);
    }

    @Override
    public void showRefused(String fileName, String summary, List<String> problems) {
        refusals.add(summary);
        refusals.addAll(problems);
    }

    @Override
    public void showExported(String message, Path file) {
        notices.add(message);
    }
}
