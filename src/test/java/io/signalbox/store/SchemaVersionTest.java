package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up shortcut past Flyway must know the newest migration, or a new one would never run. */
class SchemaVersionTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @Test
    void theShortcutVersionIsTheNewestMigrationShipped() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
    }

    @Test
    void aStoreOpenedTwiceIsAtThatVersionAndKeepsItsData() {
        try (Database first = Database.open(dir)) {
            first.inTransaction(connection -> connection.createStatement()
                    .executeUpdate("INSERT INTO bot (id, name, name_key) VALUES (RANDOM_UUID(), 'Ventas', 'ventas')"));
        }
        try (Database again = Database.open(dir)) {
            String version = again.read(connection -> {
                var rows = connection.createStatement().executeQuery(
                        "SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\"");
                rows.next();
                return rows.getString(1);
            });
            assertThat(version).isEqualTo(Database.SCHEMA_VERSION);
            Integer bots = again.read(connection -> {
                var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM bot");
                rows.next();
                return rows.getInt(1);
            });
            assertThat(bots).isEqualTo(1);
        }
    }
}
