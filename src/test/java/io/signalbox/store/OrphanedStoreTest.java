package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose database file was deleted while a process still held it must not be opened:
 * whatever was written would live only in that process and vanish when it exits.
 */
class OrphanedStoreTest {

    @TempDir
    Path dir;

    @Test
    void refusesToOpenWhenTheDatabaseFileIsGoneButItsHolderIsStillRunning() throws Exception {
        try (Database holder = Database.open(dir)) {
            Files.delete(dir.resolve("signalbox.mv.db"));
            assertThat(dir.resolve("signalbox.lock.db")).exists();

            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("still holds a deleted copy of the store")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aStoreLeftByAProcessThatWasKilledOpensNormally() throws Exception {
        try (Database first = Database.open(dir)) {
            first.inTransaction(connection -> connection.createStatement()
                    .executeUpdate("INSERT INTO bot (id, name, name_key) VALUES (RANDOM_UUID(), 'Ventas', 'ventas')"));
        }
        Files.writeString(dir.resolve("signalbox.lock.db"), "stale lock of a killed process");
        try (Database second = Database.open(dir)) {
            Integer bots = second.read(connection -> {
                var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM bot");
                rows.next();
                return rows.getInt(1);
            });
            assertThat(bots).isEqualTo(1);
        }
    }
}
