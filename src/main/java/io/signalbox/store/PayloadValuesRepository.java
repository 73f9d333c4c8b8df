package io.signalbox.store;

import io.signalbox.domain.PayloadValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The payload values each bot remembers for its test deliveries (gone with the bot). */
public final class PayloadValuesRepository {

    public Optional<PayloadValues> find(Connection connection, UUID botId) throws SQLException {
        String sql = "SELECT destination, template, campaign_id, reply, error_text FROM bot_payload_values WHERE bot_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, botId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PayloadValues(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)));
            }
        }
    }

    /** Stores the bot's values, replacing what it had. */
    public void save(Connection connection, UUID botId, PayloadValues values) throws SQLException {
        String sql = "MERGE INTO bot_payload_values (bot_id, destination, template, campaign_id, reply, error_text) "
                + "KEY (bot_id) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, botId);
            statement.setString(2, values.destination());
            statement.setString(3, values.template());
            statement.setString(4, values.campaignId());
            statement.setString(5, values.reply());
            statement.setString(6, values.error());
            statement.executeUpdate();
        }
    }
}
