package io.signalbox.store;

import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bots in the store. Methods take the caller's connection so several can share a transaction. */
public final class BotRepository {

    /** H2's error code for a unique constraint violation. */
    static final int DUPLICATE_KEY = 23505;

    private static final String COLUMNS = "b.id, b.name, b.platform_bot_id, b.description";

    public List<BotSummary> listWithUrlCounts(Connection connection) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM notification_url u WHERE u.bot_id = b.id) "
                + "FROM bot b ORDER BY b.name_key, b.name";
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<BotSummary> result = new ArrayList<>();
            while (rows.next()) {
                result.add(new BotSummary(read(rows), rows.getInt(5)));
            }
            return result;
        }
    }

    public Optional<Bot> find(Connection connection, UUID id) throws SQLException {
        return findOne(connection, "b.id = ?", id);
    }

    public Optional<Bot> findByName(Connection connection, String name) throws SQLException {
        return findOne(connection, "b.name_key = ?", Bot.nameKey(name));
    }

    private Optional<Bot> findOne(Connection connection, String where, Object key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM bot b WHERE " + where)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Inserts; a name already used (ignoring case) raises {@link NameTakenException}. */
    public void insert(Connection connection, Bot bot) throws SQLException {
        String sql = "INSERT INTO bot (id, name, name_key, platform_bot_id, description) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, bot.id());
            bind(statement, 2, bot);
            executeNamed(statement, bot);
        }
    }

    /** Updates name, platform id and description; false when the bot no longer exists. */
    public boolean update(Connection connection, Bot bot) throws SQLException {
        String sql = "UPDATE bot SET name = ?, name_key = ?, platform_bot_id = ?, description = ? WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, bot);
            statement.setObject(5, bot.id());
            return executeNamed(statement, bot) == 1;
        }
    }

    /** Deletes the bot and, by cascade, its URLs; false when it did not exist. */
    public boolean delete(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM bot WHERE id = ?")) {
            statement.setObject(1, id);
            return statement.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement statement, int first, Bot bot) throws SQLException {
        statement.setString(first, bot.name());
        statement.setString(first + 1, bot.nameKey());
        statement.setString(first + 2, bot.platformBotId());
        statement.setString(first + 3, bot.description());
    }

    private static int executeNamed(PreparedStatement statement, Bot bot) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY && String.valueOf(e.getMessage()).toUpperCase().contains("BOT_NAME_UNIQUE")) {
                throw new NameTakenException(bot.name());
            }
            throw e;
        }
    }

    private static Bot read(ResultSet rows) throws SQLException {
        return new Bot(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4));
    }
}
