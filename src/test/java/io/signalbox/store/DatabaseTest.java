package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private Database database;
    private final BotRepository bots = new BotRepository();
    private NotificationUrlRepository urls;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        urls = new NotificationUrlRepository(database.secretBox());
    }

    @AfterEach
    void close() {
        database.close();
    }

    static long count(Database database, String table) {
        return database.read(connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private NotificationUrl url(UUID botId, Map<String, String> headers) {
        return new NotificationUrl(UUID.randomUUID(), botId, "https://crm.example.com/hook", Subscription.all(),
                new Auth.Bearer(Secret.of("tok-1")), true, "", headers, 10);
    }

    @Test
    void openingAnEmptyDirectoryCreatesTheTablesThroughTheFirstMigration() {
        List<String> tables = database.read(connection -> strings(connection,
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME"));
        assertThat(tables).contains("BOT", "NOTIFICATION_URL", "NOTIFICATION_URL_HEADER", "flyway_schema_history");

        List<String> applied = database.read(connection -> strings(connection, "SELECT \"version\" || ':' || \"success\" "
                + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""));
        assertThat(applied).startsWith("1:TRUE");
        assertThat(applied).allSatisfy(row -> assertThat(row).endsWith(":TRUE"));
        List<String> columns = database.read(connection -> strings(connection, "SELECT COLUMN_NAME FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'NOTIFICATION_URL' ORDER BY ORDINAL_POSITION"));
        assertThat(columns).contains("ID", "BOT_ID", "URL", "EVENTS", "ENABLED", "TIMEOUT_SECONDS", "AUTH_KIND", "AUTH_SECRET");
        assertThat(dir.resolve("signalbox.mv.db")).exists();
        assertThat(dir.resolve(SecretBox.KEY_FILE)).exists();
        assertThat(count(database, "bot")).isZero();
    }

    /** H2 writes every error it saw, with its stack trace, into a trace file beside the database. */
    static String traceFile(Path dataDir) throws IOException {
        Path trace = dataDir.resolve("signalbox.trace.db");
        return Files.exists(trace) ? Files.readString(trace) : "";
    }

    /**
     * Only while the store is open: with assertions enabled (as in tests) H2 2.3.232 traces an
     * internal assertion of its compaction at close, which a run without -ea never hits.
     */
    @Test
    void aNewStoreHasNoTraceFile() throws IOException {
        assertThat(traceFile(dir)).as("trace file of a new store").isEmpty();
    }

    @Test
    void reopeningAMigratedStoreKeepsItsDataAndAppliesNothingTwice() throws Exception {
        database.inTransaction(connection -> {
            bots.insert(connection, Bot.create("Ventas", "", ""));
            return null;
        });
        long migrations = count(database, "\"flyway_schema_history\"");
        database.close();

        database = Database.open(dir);
        assertThat(count(database, "\"flyway_schema_history\"")).isEqualTo(migrations);
        assertThat(count(database, "bot")).isEqualTo(1);
        assertThat(dir.resolve("backups")).as("no backup without a pending migration").doesNotExist();
    }

    @Test
    void openingCreatesMissingParentDirectories() {
        Path nested = dir.resolve("a/b/c");
        try (Database other = Database.open(nested)) {
            assertThat(other.dataDir()).isEqualTo(nested.toAbsolutePath().normalize());
            assertThat(nested.resolve("signalbox.mv.db")).exists();
        }
    }

    @Test
    void aDataDirectoryThatIsAFileGivesAClearStoreException() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot create the data directory");
    }

    @Test
    void workThatThrowsAfterAnInsertLeavesNothingBehind() {
        Bot bot = Bot.create("Ventas", "", "");
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            bots.insert(connection, bot);
            urls.insert(connection, url(bot.id(), Map.of("X-Tenant", "ec", "X-Region", "sa")));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(count(database, "bot")).isZero();
        assertThat(count(database, "notification_url")).isZero();
        assertThat(count(database, "notification_url_header")).isZero();
    }

    @Test
    void anErrorThrownInsideTheWorkRollsBackToo() {
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            bots.insert(connection, Bot.create("Ventas", "", ""));
            throw new AssertionError("not an exception");
        })).isInstanceOf(AssertionError.class);
        assertThat(count(database, "bot")).isZero();
    }

    @Test
    void aFailingStatementRollsBackTheEarlierOnesAndComesBackAsAOneLineStoreException() {
        Bot bot = Bot.create("Ventas", "", "");
        NotificationUrl orphan = url(UUID.randomUUID(), Map.of());
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            bots.insert(connection, bot);
            urls.insert(connection, orphan);
            return null;
        })).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Store error: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("SQL statement"));
        assertThat(count(database, "bot")).isZero();
    }

    @Test
    void workThatReturnsIsCommittedAndTheConnectionIsBackToAutoCommit() {
        Bot bot = Bot.create("Ventas", "", "");
        String result = database.inTransaction(connection -> {
            bots.insert(connection, bot);
            urls.insert(connection, url(bot.id(), Map.of("X-A", "1")));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(count(database, "notification_url_header")).isEqualTo(1);
        assertThat(database.read(Connection::getAutoCommit)).isTrue();
    }

    @Test
    void aTimeoutOutsideTheRangeIsRefusedByTheSchemaToo() {
        Bot bot = Bot.create("Ventas", "", "");
        database.inTransaction(connection -> {
            bots.insert(connection, bot);
            return null;
        });
        assertThatThrownBy(() -> database.inTransaction(connection -> connection.createStatement().executeUpdate(
                "INSERT INTO notification_url (id, bot_id, url, events, enabled, timeout_seconds, auth_kind) VALUES ("
                        + "RANDOM_UUID(), '" + bot.id() + "', 'https://x.example', 'ALL', TRUE, 61, 'NONE')")))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void backupWritesAZipOfTheDatabase() throws Exception {
        database.inTransaction(connection -> {
            bots.insert(connection, Bot.create("Ventas", "", ""));
            return null;
        });
        Path backup = database.backup("manual");
        assertThat(backup).exists().hasParent(dir.resolve("backups"));
        assertThat(backup.getFileName().toString()).startsWith("signalbox-").endsWith("-manual.zip");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(entry -> entry.getName())).contains("signalbox.mv.db");
        }
    }

    @Test
    void firstLineKeepsOnlyTheCause() {
        assertThat(Database.firstLine("Value too long; SQL statement:\nINSERT ...")).isEqualTo("Value too long");
        assertThat(Database.firstLine("one\ntwo")).isEqualTo("one");
        assertThat(Database.firstLine(null)).isEqualTo("unknown error");
    }
}
