package io.signalbox.app;

import io.signalbox.domain.Bot;
import io.signalbox.store.BotRepository;
import io.signalbox.store.NotificationUrlRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Carries out an import's writes on the caller's connection, inside the caller's transaction: a
 * write that finds its row gone fails the whole import, which the transaction then rolls back.
 */
final class ImportApplier {

    /** A name no operator types: it only bridges a swap of names within the transaction. */
    private static final String FREED_NAME_PREFIX = "\u2060signalbox-import ";

    private final BotRepository bots;
    private final NotificationUrlRepository urls;
    private final ApplyHook hook;

    ImportApplier(BotRepository bots, NotificationUrlRepository urls, ApplyHook hook) {
        this.bots = bots;
        this.urls = urls;
        this.hook = hook;
    }

    void apply(Connection connection, List<ImportStep> steps, ProgressListener progress) throws SQLException {
        int done = 0;
        for (ImportStep step : steps) {
            write(connection, step);
            done++;
            hook.afterStep(step, done);
            progress.progress(done, steps.size());
        }
    }

    private void write(Connection connection, ImportStep step) throws SQLException {
        boolean found = true;
        if (step instanceof ImportStep.FreeName free) {
            Bot stored = free.stored();
            found = bots.update(connection, stored.withName(FREED_NAME_PREFIX + stored.id()));
        } else if (step instanceof ImportStep.AddBot add) {
            bots.insert(connection, add.bot());
        } else if (step instanceof ImportStep.ChangeBot change) {
            found = bots.update(connection, change.bot());
        } else if (step instanceof ImportStep.AddUrl add) {
            urls.insert(connection, add.url());
        } else if (step instanceof ImportStep.ChangeUrl change) {
            if (change.moved()) {
                found = urls.moveToBot(connection, change.url().id(), change.url().botId());
            }
            found = found && urls.update(connection, change.url());
        } else if (step instanceof ImportStep.DeleteUrl delete) {
            found = urls.delete(connection, delete.id());
        } else if (step instanceof ImportStep.DeleteBot delete) {
            found = bots.delete(connection, delete.id());
        }
        if (!found) {
            throw new SettingsException(AppTexts.get("transfer.storeChanged"));
        }
    }
}
