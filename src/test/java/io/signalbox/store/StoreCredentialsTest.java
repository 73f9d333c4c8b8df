package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database takes only the password derived from the key file; a store made before that (with
 * H2's empty password) is moved to it at its first open; a key file that is missing, or is another
 * store's, is refused in one line, never replaced.
 */
class StoreCredentialsTest {

    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private final Logger storeLog = Logger.getLogger("io.signalbox.store");
    private Level storeLogLevel;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringWriter text = new StringWriter();
            text.append(String.valueOf(record.getMessage()));
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void asTheProgramDoes() {
        StoreTestSupport.loadDatabaseBeforeH2();
    }

    @BeforeEach
    void captureTheStoreLog() {
        storeLogLevel = storeLog.getLevel();
        storeLog.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        storeLog.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        storeLog.removeHandler(capture);
        storeLog.setLevel(storeLogLevel);
    }

    private static String fileUrl(Path store) {
        return "jdbc:h2:file:" + store.resolve("signalbox") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    private static int bots(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM bot")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** A store as the previous version left it: key file, migrated database, H2's empty password. */
    private static void legacyStore(Path store) throws IOException, SQLException {
        Files.createDirectories(store);
        SecretBox.openOrCreate(store);
        Flyway.configure().dataSource(fileUrl(store), "signalbox", "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(fileUrl(store), "signalbox", "")) {
            connection.createStatement()
                    .executeUpdate("INSERT INTO bot (id, name, name_key) VALUES (RANDOM_UUID(), 'Ventas', 'ventas')");
        }
    }

    @Test
    void aNewStoreTakesOnlyThePasswordDerivedFromItsKeyFile() throws Exception {
        Database.open(dir).close();

        try (Connection connection = DriverManager.getConnection(fileUrl(dir), "signalbox",
                StoreTestSupport.derivedPassword(dir))) {
            assertThat(bots(connection)).isZero();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(fileUrl(dir), "signalbox", "").close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(28000));
    }

    @Test
    void aStoreMadeWithTheEmptyPasswordIsMovedToTheDerivedOneAndKeepsItsData() throws Exception {
        legacyStore(dir);

        try (Database database = Database.open(dir)) {
            assertThat(database.read(StoreCredentialsTest::bots)).isEqualTo(1);
        }
        try (Database again = Database.open(dir)) {
            assertThat(again.read(StoreCredentialsTest::bots)).as("opened again, now with the derived password").isEqualTo(1);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(fileUrl(dir), "signalbox", "").close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(28000));
        try (Connection connection = DriverManager.getConnection(fileUrl(dir), "signalbox",
                StoreTestSupport.derivedPassword(dir))) {
            assertThat(bots(connection)).isEqualTo(1);
        }
    }

    @Test
    void aKeyFileOfAnotherStoreIsRefusedInOneLine() throws Exception {
        Path mine = dir.resolve("mine");
        Path other = dir.resolve("other");
        Database.open(mine).close();
        Database.open(other).close();
        Files.copy(other.resolve(SecretBox.KEY_FILE), mine.resolve(SecretBox.KEY_FILE), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> Database.open(mine))
                .isInstanceOf(StoreException.class)
                .hasMessage("The key file secret.key in " + mine + " does not belong to the store there: "
                        + "restore the store's own key file from a backup.");
    }

    @Test
    void aDatabaseWhoseKeyFileIsGoneIsRefusedAndNoNewKeyIsMade() throws Exception {
        try (Database database = Database.open(dir)) {
            database.inTransaction(connection -> connection.createStatement()
                    .executeUpdate("INSERT INTO bot (id, name, name_key) VALUES (RANDOM_UUID(), 'Ventas', 'ventas')"));
        }
        Files.delete(dir.resolve(SecretBox.KEY_FILE));

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessage("The key file secret.key is missing from " + dir + ": restore it from a backup; "
                        + "without it the stored secrets cannot be read.");
        assertThat(dir.resolve(SecretBox.KEY_FILE)).as("no new key that would strand the stored secrets").doesNotExist();
    }

    @Test
    void thePasswordIsInNoMessageNoLogRecordAndNoFileButTheKeyFile() throws Exception {
        Path legacy = dir.resolve("legacy");
        legacyStore(legacy);
        Database.open(legacy).close();
        String password = StoreTestSupport.derivedPassword(legacy);

        Path mine = dir.resolve("mine");
        Database.open(mine).close();
        Files.copy(legacy.resolve(SecretBox.KEY_FILE), mine.resolve(SecretBox.KEY_FILE), StandardCopyOption.REPLACE_EXISTING);
        Throwable refused = null;
        try {
            Database.open(mine).close();
        } catch (StoreException e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        StringWriter trace = new StringWriter();
        refused.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(password);

        assertThat(logged).noneSatisfy(text -> assertThat(text).contains(password));
        for (Path store : List.of(legacy, mine)) {
            try (Stream<Path> files = Files.walk(store)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!file.getFileName().toString().equals(SecretBox.KEY_FILE)) {
                        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                                .as("the bytes of %s", file).doesNotContain(password);
                    }
                }
            }
        }
    }
}
