package io.signalbox.ui.transfer;

import io.signalbox.app.ConfigTransfer;
import io.signalbox.app.ExportRequest;
import io.signalbox.app.ExportSummary;
import io.signalbox.domain.Bot;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.DialogService;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * File › Export: asks how (export dialog), then where (save chooser, with a dated name), then
 * writes the document in the background with progress in the status bar, and tells where it went.
 * FX thread only.
 */
public final class ExportViewModel {

    private final ConfigTransfer transfer;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final StatusModel status;
    private final Clock clock;

    public ExportViewModel(ConfigTransfer transfer, BackgroundRunner runner, DialogService dialogs, StatusModel status,
                           Clock clock) {
        this.transfer = transfer;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
    }

    /**
     * Starts an export; {@code selected} is the selected bot (null: none), {@code onlySelected}
     * presets the dialog to that bot alone (File › Export selected bot).
     */
    public void export(Bot selected, int botCount, boolean onlySelected) {
        Optional<ExportChoice> chosen = dialogs.chooseExport(selected == null ? null : selected.name(), botCount,
                onlySelected && selected != null);
        if (chosen.isEmpty()) {
            return;
        }
        ExportChoice choice = chosen.get();
        boolean oneBot = choice.onlySelectedBot() && selected != null;
        LocalDate today = LocalDate.now(clock);
        String suggested = oneBot ? FileNames.forBot(selected.name(), today) : FileNames.forStore(today);
        Optional<Path> file = dialogs.chooseExportFile(suggested);
        if (file.isEmpty()) {
            forget(choice);
            return;
        }
        ExportRequest request = new ExportRequest(choice.secrets(),
                oneBot ? Optional.of(selected.id()) : Optional.empty(), choice.passphrase());
        write(request, file.get());
    }

    private void write(ExportRequest request, Path file) {
        status.working(Messages.get("transfer.export.working", file.getFileName()), StatusModel.UNKNOWN_PROGRESS);
        ProgressRelay progress = ProgressRelay.toStatus(runner, status, "transfer.export.progress");
        runner.run(() -> {
            try {
                return transfer.export(request, file, progress);
            } finally {
                request.passphrase().ifPresent(secret -> Arrays.fill(secret, '\0'));
            }
        }, summary -> done(summary, file), failure -> {
            String text = ErrorText.of(failure);
            status.error(Messages.get("transfer.export.failed", text));
            dialogs.showError(Messages.get("transfer.export.failedTitle"), text);
        });
    }

    private void done(ExportSummary summary, Path file) {
        Path written = summary.file().orElse(file);
        String message = Messages.get("transfer.export.done", summary.bots(), summary.urls(), written,
                Messages.get("transfer.export.secrets." + summary.secrets().name()));
        status.info(message);
        dialogs.showExported(message, written);
    }

    private static void forget(ExportChoice choice) {
        choice.passphrase().ifPresent(secret -> Arrays.fill(secret, '\0'));
    }
}
