package io.signalbox.ui.transfer;

import io.signalbox.app.ConfigTransfer;
import io.signalbox.app.DocumentInfo;
import io.signalbox.app.DocumentRefusedException;
import io.signalbox.app.ImportOptions;
import io.signalbox.app.ImportOutcome;
import io.signalbox.app.ImportPreview;
import io.signalbox.app.ProgressListener;
import io.signalbox.app.SecretsMode;
import io.signalbox.app.WrongPassphraseException;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.DialogService;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * File › Import: chooses a file, asks its passphrase when its secrets are encrypted (again after a
 * wrong one), plans it in the background, shows the plan, and applies it only when the operator
 * says so. A refused document is listed problem by problem; the store stays untouched until
 * Apply. FX thread only.
 */
public final class ImportViewModel {

    private final ConfigTransfer transfer;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final StatusModel status;
    private Runnable onImported = () -> { };

    public ImportViewModel(ConfigTransfer transfer, BackgroundRunner runner, DialogService dialogs, StatusModel status) {
        this.transfer = transfer;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Called after an import changed the store (the bot list and URL table reload). */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    public void importFile() {
        dialogs.chooseImportFile().ifPresent(file -> {
            status.working(Messages.get("transfer.import.reading", name(file)), StatusModel.UNKNOWN_PROGRESS);
            runner.run(() -> transfer.inspect(file), info -> opened(file, info), failure -> refusedOrFailed(file, failure));
        });
    }

    private void opened(Path file, DocumentInfo info) {
        if (info.secrets() == SecretsMode.ENCRYPTED) {
            askPassphrase(file, "");
        } else {
            plan(file, Optional.empty());
        }
    }

    private void askPassphrase(Path file, String problem) {
        Optional<char[]> passphrase = dialogs.askPassphrase(name(file), problem);
        if (passphrase.isPresent()) {
            plan(file, passphrase);
        } else {
            status.info(Messages.get("transfer.import.cancelled"));
        }
    }

    private void plan(Path file, Optional<char[]> passphrase) {
        status.working(Messages.get("transfer.import.reading", name(file)), StatusModel.UNKNOWN_PROGRESS);
        ProgressRelay progress = ProgressRelay.toStatus(runner, status, "transfer.import.progress");
        runner.run(() -> transfer.prepare(file, new ImportOptions(false, passphrase), progress),
                preview -> preview(file, passphrase, preview),
                failure -> {
                    WrongPassphraseException wrong = find(failure, WrongPassphraseException.class);
                    if (wrong != null) {
                        forget(passphrase);
                        status.error(wrong.getMessage());
                        askPassphrase(file, wrong.getMessage());
                    } else {
                        forget(passphrase);
                        refusedOrFailed(file, failure);
                    }
                });
    }

    private void preview(Path file, Optional<char[]> passphrase, ImportPreview first) {
        status.info(Messages.get("transfer.import.planned", name(file)));
        ImportPreviewViewModel preview = new ImportPreviewViewModel(name(file), first,
                replace -> transfer.prepare(file, new ImportOptions(replace, passphrase), ProgressListener.none()), runner);
        boolean apply = dialogs.previewImport(preview);
        preview.close();
        if (!apply) {
            forget(passphrase);
            status.info(Messages.get("transfer.import.cancelled"));
            return;
        }
        ImportPreview chosen = preview.preview();
        status.working(Messages.get("transfer.import.applying", name(file)), StatusModel.UNKNOWN_PROGRESS);
        ProgressRelay progress = ProgressRelay.toStatus(runner, status, "transfer.import.applyProgress");
        runner.run(() -> {
            try {
                return transfer.apply(chosen, progress);
            } finally {
                forget(passphrase);
            }
        }, outcome -> applied(file, outcome), this::failed);
    }

    private void applied(Path file, ImportOutcome outcome) {
        status.info(Messages.get("transfer.import.done", name(file), outcome.added(), outcome.changed(), outcome.deleted()));
        onImported.run();
    }

    private void refusedOrFailed(Path file, Throwable failure) {
        DocumentRefusedException refused = find(failure, DocumentRefusedException.class);
        if (refused == null) {
            failed(failure);
            return;
        }
        status.error(Messages.get("transfer.import.refusedStatus", name(file), refused.getMessage()));
        dialogs.showRefused(name(file), refused.getMessage(), refused.problems());
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure);
        status.error(Messages.get("transfer.import.failed", text));
        dialogs.showError(Messages.get("transfer.import.failedTitle"), text);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    private static void forget(Optional<char[]> passphrase) {
        passphrase.ifPresent(secret -> Arrays.fill(secret, '\0'));
    }
}
