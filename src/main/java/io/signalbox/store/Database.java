package io.signalbox.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 store in a data directory: opens it (in automatic mixed mode, so the command
 * line can work on it while the window has it open), backs it up before a schema upgrade, and
 * migrates it with Flyway. Its mixed-mode server listens on loopback only, and the database takes
 * only the password derived from the key file ({@link StoreLogin}). Thread-safe: each unit of
 * work takes its own pooled connection.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "signalbox";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    static {
        // H2 reads its system properties once, when its first class initializes, which is after
        // this class (the rest of the program reaches H2 only through here). Its automatic-mixed-
        // mode server then listens on 127.0.0.1 only instead of every interface, and the lock
        // file gives "localhost" (H2's spelling of 127.0.0.1) as its address, so a second process
        // on this computer still finds it. An explicit -Dh2.bindAddress=... is kept.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final SecretBox secretBox;

    private Database(Path dataDir, JdbcConnectionPool pool, SecretBox secretBox) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.secretBox = secretBox;
    }

    /**
     * Creates the data directory as {@link #open} does: for its owner only where the file system
     * has POSIX permissions. A directory that already exists is left as it is. For whoever writes
     * into the directory before opening the store (the log file), so that it is not created first
     * with everyone's read access.
     *
     * @return the directory, absolute and normalized
     */
    public static Path createDataDirectory(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            StoreFiles.createDirectory(dir);
        } catch (IOException e) {
            throw new StoreException(StoreTexts.get("dataDir.create", dir, reason(e)), e);
        }
        return dir;
    }

    /** Opens (creating and migrating as needed) the store in {@code dataDir}. */
    public static Database open(Path dataDir) {
        Path dir = createDataDirectory(dataDir);
        StoreFiles.refuseOrphanedLock(dir);
        StoreFiles.refuseMissingKeyFile(dir);
        SecretBox secretBox = SecretBox.openOrCreate(dir);
        // WRITE_DELAY=0: a commit the operator was told about survives even a hard kill.
        String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME) + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        JdbcConnectionPool pool;
        try {
            pool = StoreLogin.pool(url, secretBox, dir);
        } catch (SQLException e) {
            throw translate(e);
        }
        Database database = new Database(dir, pool, secretBox);
        try {
            StoreFiles.refuseOrphanedLock(dir);
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * The newest migration this build ships ({@code db/migration/V<n>__*.sql}); a test keeps the
     * two in step. A store already at it skips Flyway, whose class-path scan costs about half a
     * second at every start.
     */
    static final String SCHEMA_VERSION = "2";

    private void migrate() {
        if (SCHEMA_VERSION.equals(storedSchemaVersion())) {
            return;
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load();
            MigrationInfoService info = flyway.info();
            if (info.current() != null && info.pending().length > 0) {
                backup("before-" + info.pending()[0].getVersion());
            }
            flyway.migrate();
        } catch (FlywayException e) {
            LOG.log(Level.WARNING, "migration failed", e);
            throw new StoreException(StoreTexts.get("store.cannotOpen", dataDir, firstLine(e.getMessage())), e);
        }
    }

    /** The version of the last successful migration, or null for a new (or unreadable) store. */
    private String storedSchemaVersion() {
        // Asking a new store for a table it does not have yet would make H2 write the error, with
        // its stack trace, into a signalbox.trace.db beside it: look the table up first.
        String exists = "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA "
                + "AND TABLE_NAME = 'flyway_schema_history'";
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                + "ORDER BY \"installed_rank\" DESC LIMIT 1";
        try (Connection connection = pool.getConnection()) {
            try (var statement = connection.prepareStatement(exists);
                 var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
            }
            try (var statement = connection.prepareStatement(sql);
                 var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException unreadable) {
            return null;
        }
    }

    /** Writes a zip copy of the database into {@code backups/} and returns its path. */
    public Path backup(String reason) {
        Path backups = dataDir.resolve("backups");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backups.resolve(FILE_NAME + "-" + stamp + "-" + reason + ".zip");
        try (Connection connection = pool.getConnection();
             var statement = connection.prepareStatement("BACKUP TO ?")) {
            Files.createDirectories(backups);
            statement.setString(1, target.toString());
            statement.execute();
            return target;
        } catch (SQLException | IOException e) {
            throw new StoreException(StoreTexts.get("store.backup", target, firstLine(e.getMessage())), e);
        }
    }

    /** Work on one connection, read-only by convention. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Work in one transaction: committed when it returns, rolled back entirely when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // Every throwable rolls back: the finally below re-enables auto-commit, which
                // would otherwise commit the half-done work.
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    public SecretBox secretBox() {
        return secretBox;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static StoreException translate(SQLException e) {
        LOG.log(Level.WARNING, "store error " + e.getErrorCode(), e);
        return new StoreException(StoreTexts.get("store.error", firstLine(e.getMessage())), e);
    }

    /** Why a file operation failed, in words rather than the bare path Java puts in the message. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return StoreTexts.get("dataDir.fileInTheWay");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return StoreTexts.get("dataDir.permission");
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return firstLine(e.getMessage());
    }

    static String firstLine(String message) {
        if (message == null) {
            return StoreTexts.get("store.unknownError");
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int sql = line.indexOf("; SQL statement:");
        return (sql < 0 ? line : line.substring(0, sql)).strip();
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
