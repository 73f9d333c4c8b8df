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
 * migrates it with Flyway. Thread-safe: each unit of work takes its own pooled connection.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "signalbox";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final SecretBox secretBox;

    private Database(Path dataDir, JdbcConnectionPool pool, SecretBox secretBox) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.secretBox = secretBox;
    }

    /** Opens (creating and migrating as needed) the store in {@code dataDir}. */
    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(StoreTexts.get("dataDir.create", dir, reason(e)), e);
        }
        refuseOrphanedLock(dir);
        SecretBox secretBox = SecretBox.openOrCreate(dir);
        // WRITE_DELAY=0: a commit the operator was told about survives even a hard kill.
        String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME) + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "signalbox", "");
        Database database = new Database(dir, pool, secretBox);
        try {
            database.read(connection -> null);
            refuseOrphanedLock(dir);
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * With AUTO_SERVER, a process that still holds a store whose files were deleted rewrites the
     * lock file, and every later opener would write into that process's deleted file and lose it
     * all when it exits. A lock file without its database file is that case: refuse to open.
     */
    private static void refuseOrphanedLock(Path dir) {
        Path lock = dir.resolve(FILE_NAME + ".lock.db");
        if (Files.exists(lock) && !Files.exists(dir.resolve(FILE_NAME + ".mv.db"))) {
            throw new StoreException(StoreTexts.get("store.orphaned", dir));
        }
    }

    /**
     * The newest migration this build ships ({@code db/migration/V<n>__*.sql}); a test keeps the
     * two in step. A store already at it skips Flyway, whose class-path scan costs about half a
     * second at every start.
     */
    static final String SCHEMA_VERSION = "1";

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
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                + "ORDER BY \"installed_rank\" DESC LIMIT 1";
        try (Connection connection = pool.getConnection();
             var statement = connection.prepareStatement(sql);
             var rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException noHistoryYet) {
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

    private StoreException translate(SQLException e) {
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
