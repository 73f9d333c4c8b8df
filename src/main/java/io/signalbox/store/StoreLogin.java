package io.signalbox.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Logs in to the store's database as its one user, with the password derived from the key file
 * ({@link SecretBox#databasePassword()}). The password guards the automatic-mixed-mode server,
 * which any local process can reach; it is never logged and never put in a message.
 */
final class StoreLogin {

    static final String USER = "signalbox";
    /** The password of every store made before the derived one: moved to the derived one at first open. */
    private static final String LEGACY_PASSWORD = "";
    private static final Logger LOG = Logger.getLogger(StoreLogin.class.getName());

    private StoreLogin() {
    }

    /**
     * A pool logged in with the derived password, its first connection made (and pooled). A store
     * still on the empty password is moved to the derived one first.
     *
     * @throws StoreException if the store takes neither password: its key file is another store's
     * @throws SQLException anything else H2 refused
     */
    static JdbcConnectionPool pool(String url, SecretBox secretBox, Path dir) throws SQLException {
        String password = secretBox.databasePassword();
        try {
            return connected(JdbcConnectionPool.create(url, USER, password));
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw e;
            }
        }
        adoptDerivedPassword(url, password, dir);
        return connected(JdbcConnectionPool.create(url, USER, password));
    }

    private static JdbcConnectionPool connected(JdbcConnectionPool pool) throws SQLException {
        try {
            pool.getConnection().close(); // back into the pool, open for the first unit of work
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static void adoptDerivedPassword(String url, String password, Path dir) throws SQLException {
        JdbcDataSource legacy = new JdbcDataSource();
        legacy.setURL(url);
        try (Connection connection = legacy.getConnection(USER, LEGACY_PASSWORD);
             PreparedStatement alter = connection.prepareStatement("ALTER USER " + USER + " SET PASSWORD ?")) {
            alter.setString(1, password);
            alter.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new StoreException(StoreTexts.get("keyFile.foreign", SecretBox.KEY_FILE, dir), e);
            }
            throw e;
        }
        LOG.info(() -> "the store in " + dir + " now has a password derived from its key file");
    }
}
