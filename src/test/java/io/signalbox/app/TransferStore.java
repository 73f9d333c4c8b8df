package io.signalbox.app;

import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.store.BotRepository;
import io.signalbox.store.Database;
import io.signalbox.store.NotificationUrlRepository;
import io.signalbox.transfer.SampleConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** A real store in a temporary folder with the transfer use cases over it, for the export/import tests. */
final class TransferStore implements AutoCloseable {

    static final Instant EXPORTED_AT = Instant.parse("2026-12-04T19:00:00Z");

    final Database database;
    final NotificationSettings settings;
    final ConfigTransfer transfer;

    TransferStore(Path dir) {
        this(dir, ApplyHook.NONE);
    }

    TransferStore(Path dir, ApplyHook hook) {
        database = Database.open(dir);
        BotRepository bots = new BotRepository();
        NotificationUrlRepository urls = new NotificationUrlRepository(database.secretBox());
        settings = new NotificationSettings(database, bots, urls);
        transfer = new ConfigTransfer(database, bots, urls, () -> { }, Clock.fixed(EXPORTED_AT, ZoneOffset.UTC), hook);
    }

    /** Fills the store with the sample configuration, through the same use cases the window calls. */
    TransferStore seed(SampleConfiguration sample) {
        for (Bot bot : sample.bots()) {
            Bot created = settings.createBot(bot.name(), bot.platformBotId(), bot.description());
            for (NotificationUrl url : sample.urlsOf(bot.id())) {
                settings.addUrl(new NotificationUrl(url.id(), created.id(), url.url(), url.subscription(), url.auth(),
                        url.enabled(), url.description(), url.headers(), url.timeoutSeconds()));
            }
        }
        return this;
    }

    String export(SecretsMode secrets) {
        return export(new ExportRequest(secrets, Optional.empty(), Optional.empty()));
    }

    String export(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfer.export(request, out, ProgressListener.none());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes a document into a file of the folder and returns its path. */
    static Path file(Path dir, String name, String document) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, document, StandardCharsets.UTF_8);
        return file;
    }

    ImportPreview prepare(Path file, boolean replace) {
        return transfer.prepare(file, new ImportOptions(replace, Optional.empty()), ProgressListener.none());
    }

    ImportOutcome importFile(Path file, boolean replace) {
        return transfer.apply(prepare(file, replace), ProgressListener.none());
    }

    @Override
    public void close() {
        database.close();
    }
}
