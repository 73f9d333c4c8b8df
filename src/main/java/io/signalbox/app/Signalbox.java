package io.signalbox.app;

import io.signalbox.store.BotRepository;
import io.signalbox.store.Database;
import io.signalbox.store.NotificationUrlRepository;
import io.signalbox.store.StoreException;
import java.nio.file.Path;

/**
 * One opened data directory and the use cases over it, wired by constructor in this one place.
 * Opening blocks (it may migrate the store): call it off the FX thread.
 */
public final class Signalbox implements AutoCloseable {

    private final Database database;
    private final NotificationSettings settings;
    private final TestDelivery testDelivery;

    private Signalbox(Database database, Runnable beforeEachStoreCall) {
        this.database = database;
        NotificationUrlRepository urls = new NotificationUrlRepository(database.secretBox());
        this.settings = new NotificationSettings(database, new BotRepository(), urls, beforeEachStoreCall);
        this.testDelivery = new TestDelivery(database, urls, beforeEachStoreCall);
    }

    /** Opens (creating on first run) the store in the data directory; logs go to its {@code logs/}. */
    public static Signalbox open(Path dataDir) {
        return open(dataDir, () -> { });
    }

    /**
     * Opens the store with a check run before every use case touches it: tests use it to fail
     * any store call made on the FX thread.
     */
    public static Signalbox open(Path dataDir, Runnable beforeEachStoreCall) {
        try {
            // Before the log folder: a directory Signalbox creates must be created owner-only.
            Database.createDataDirectory(dataDir);
            AppLog.writeTo(dataDir);
            return new Signalbox(Database.open(dataDir), beforeEachStoreCall);
        } catch (StoreException e) {
            throw new SettingsException(e.getMessage(), e);
        }
    }

    public NotificationSettings settings() {
        return settings;
    }

    /** The test panel's use cases: payloads, test calls, history, the local receiver. */
    public TestDelivery testDelivery() {
        return testDelivery;
    }

    public Path dataDir() {
        return database.dataDir();
    }

    @Override
    public void close() {
        testDelivery.close();
        database.close();
    }
}
