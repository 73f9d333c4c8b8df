package io.signalbox.app;

import io.signalbox.domain.Bot;
import io.signalbox.store.BotRepository;
import io.signalbox.store.Database;
import io.signalbox.store.NameTakenException;
import io.signalbox.store.NotificationUrlRepository;
import io.signalbox.store.StoreException;
import io.signalbox.transfer.DocumentHead;
import io.signalbox.transfer.DocumentInvalidException;
import io.signalbox.transfer.DocumentReader;
import io.signalbox.transfer.DocumentSecrets;
import io.signalbox.transfer.DocumentWriter;
import io.signalbox.transfer.PassphraseException;
import io.signalbox.transfer.ReadDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Export and import of the JSON configuration document (format {@code signalbox.config}). Every
 * method blocks on the store and on files: call it off the FX thread. Failures arrive as
 * {@link DocumentRefusedException}, {@link WrongPassphraseException} or {@link SettingsException},
 * each with a message of one line.
 */
public final class ConfigTransfer {

    private final Database database;
    private final BotRepository bots;
    private final NotificationUrlRepository urls;
    private final Runnable beforeEachStoreCall;
    private final Clock clock;
    private final ApplyHook hook;
    private DocumentReader reader;

    ConfigTransfer(Database database, BotRepository bots, NotificationUrlRepository urls, Runnable beforeEachStoreCall) {
        this(database, bots, urls, beforeEachStoreCall, Clock.systemUTC(), ApplyHook.NONE);
    }

    /** With a clock for {@code exportedAt} and a hook called after each write of an import (tests). */
    ConfigTransfer(Database database, BotRepository bots, NotificationUrlRepository urls, Runnable beforeEachStoreCall,
                   Clock clock, ApplyHook hook) {
        this.database = database;
        this.bots = bots;
        this.urls = urls;
        this.beforeEachStoreCall = beforeEachStoreCall;
        this.clock = clock;
        this.hook = hook;
    }

    /** Writes the document to a file atomically: a temporary file in the same folder, then a move. */
    public ExportSummary export(ExportRequest request, Path file, ProgressListener progress) {
        try {
            ExportSummary summary = ExportFiles.writeAtomically(file, out -> export(request, out, progress));
            return new ExportSummary(summary.bots(), summary.urls(), summary.secrets(), Optional.of(file));
        } catch (IOException e) {
            throw new SettingsException(AppTexts.get("transfer.cannotWrite", file, ExportFiles.reason(e)), e);
        }
    }

    /** Writes the document to a stream (stdout); the stream is flushed, not closed. */
    public ExportSummary export(ExportRequest request, OutputStream out, ProgressListener progress) {
        StoreSnapshot snapshot = guard(() -> database.read(connection -> StoreSnapshot.read(connection, bots, urls)));
        List<Bot> chosen = snapshot.bots;
        if (request.onlyBot().isPresent()) {
            chosen = List.of(snapshot.bot(request.onlyBot().get())
                    .orElseThrow(() -> new SettingsException(AppTexts.get("gone.bot"))));
        }
        DocumentSecrets secrets = DocumentSecrets.valueOf(request.secrets().name());
        try {
            int urlCount = DocumentWriter.write(out, secrets, request.passphrase().orElse(null), clock.instant(), chosen,
                    snapshot::urlsOf, progress::progress);
            return new ExportSummary(chosen.size(), urlCount, request.secrets(), Optional.empty());
        } catch (PassphraseException e) {
            throw new SettingsException(e.getMessage());
        } catch (IOException e) {
            throw new SettingsException(AppTexts.get("transfer.cannotWriteStream", ExportFiles.reason(e)), e);
        }
    }

    /** Reads only the head of a document; throws {@link DocumentRefusedException} for one that is not ours. */
    public DocumentInfo inspect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentHead head = reader().readHead(in);
            return new DocumentInfo(SecretsMode.valueOf(head.secrets().name()), head.bots());
        } catch (DocumentInvalidException e) {
            throw new DocumentRefusedException(e.problems());
        } catch (IOException e) {
            throw new SettingsException(AppTexts.get("transfer.cannotRead", file, ExportFiles.reason(e)), e);
        }
    }

    /**
     * Parses and validates a document and plans it against the store; writes nothing. Throws
     * {@link DocumentRefusedException} with every problem, {@link WrongPassphraseException}.
     */
    public ImportPreview prepare(Path file, ImportOptions options, ProgressListener progress) {
        ReadDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = reader().read(in, Files.size(file), options.passphrase().orElse(null), progress::progress);
        } catch (DocumentInvalidException e) {
            throw new DocumentRefusedException(e.problems());
        } catch (PassphraseException e) {
            throw new WrongPassphraseException(e.getMessage());
        } catch (IOException e) {
            throw new SettingsException(AppTexts.get("transfer.cannotRead", file, ExportFiles.reason(e)), e);
        }
        ImportPlanner.Planned planned = guard(() -> database.read(connection ->
                ImportPlanner.plan(document, StoreSnapshot.read(connection, bots, urls), options.replace())));
        if (!planned.problems().isEmpty()) {
            throw new DocumentRefusedException(planned.problems());
        }
        return new ImportPreview(planned.plan(), options.replace(), new PreparedImport(document));
    }

    /**
     * Applies a prepared plan in one transaction. The plan is made again inside the transaction; if
     * the store changed since {@link #prepare} so that it differs, nothing is written and a
     * {@link SettingsException} says so. Applying an empty plan changes nothing.
     */
    public ImportOutcome apply(ImportPreview preview, ProgressListener progress) {
        ImportApplier applier = new ImportApplier(bots, urls, hook);
        guard(() -> database.inTransaction(connection -> {
            ImportPlanner.Planned planned = ImportPlanner.plan(preview.prepared().document(),
                    StoreSnapshot.read(connection, bots, urls), preview.replace());
            if (!planned.problems().isEmpty() || !planned.plan().equals(preview.plan())) {
                throw new SettingsException(AppTexts.get("transfer.storeChanged"));
            }
            applier.apply(connection, planned.steps(), progress);
            return null;
        }));
        ImportPlan plan = preview.plan();
        return new ImportOutcome(plan.count(PlanAction.ADD), plan.count(PlanAction.CHANGE), plan.count(PlanAction.DELETE));
    }

    /** The reader loads the schema on first use, not when the window opens. */
    private synchronized DocumentReader reader() {
        if (reader == null) {
            reader = new DocumentReader();
        }
        return reader;
    }

    private <T> T guard(Supplier<T> work) {
        beforeEachStoreCall.run();
        try {
            return work.get();
        } catch (NameTakenException e) {
            throw new SettingsException(AppTexts.get("transfer.storeChanged"), e);
        } catch (StoreException e) {
            throw new SettingsException(e.getMessage(), e);
        }
    }
}
