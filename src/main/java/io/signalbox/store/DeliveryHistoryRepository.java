package io.signalbox.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.SentRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The test deliveries of each URL, newest first; only the last {@value #KEPT_PER_URL} per URL are
 * kept, and a URL's history goes with it. Records arrive with secret header values already masked
 * by the sender, so nothing here needs sealing.
 */
public final class DeliveryHistoryRepository {

    public static final int KEPT_PER_URL = 100;
    private static final int MAX_FAILURE_MESSAGE = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<HeaderLine>> HEADERS = new TypeReference<>() {
    };

    private static final String COLUMNS = "id, bot_id, url_id, url, sent_at, event, request_method, request_url, "
            + "request_headers, request_body, response_status, response_reason, response_headers, response_body, "
            + "response_size, response_truncated, failure_kind, failure_message, elapsed_millis";

    /** Adds a record and drops the URL's oldest beyond {@value #KEPT_PER_URL}. */
    public void insert(Connection connection, DeliveryRecord record) throws SQLException {
        String sql = "INSERT INTO test_delivery (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, record.id());
            statement.setObject(2, record.botId());
            statement.setObject(3, record.urlId());
            statement.setString(4, record.url());
            statement.setObject(5, OffsetDateTime.ofInstant(record.sentAt(), ZoneOffset.UTC));
            statement.setString(6, record.event().name());
            SentRequest request = record.request();
            statement.setString(7, request.method());
            statement.setString(8, request.url());
            statement.setString(9, json(request.headers()));
            statement.setString(10, request.body());
            bindResponse(statement, record.response().orElse(null));
            DeliveryFailure failure = record.failure().orElse(null);
            statement.setString(17, failure == null ? null : failure.kind().name());
            statement.setString(18, failure == null ? null : cut(failure.message(), MAX_FAILURE_MESSAGE));
            statement.setLong(19, record.elapsedMillis());
            statement.executeUpdate();
        }
        String trim = "DELETE FROM test_delivery WHERE url_id = ? AND seq <= (SELECT seq FROM test_delivery "
                + "WHERE url_id = ? ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT 1 ROW ONLY)";
        try (PreparedStatement statement = connection.prepareStatement(trim)) {
            statement.setObject(1, record.urlId());
            statement.setObject(2, record.urlId());
            statement.setInt(3, KEPT_PER_URL);
            statement.executeUpdate();
        }
    }

    /** The URL's test deliveries, newest first. */
    public List<DeliveryRecord> listByUrl(Connection connection, UUID urlId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM test_delivery WHERE url_id = ? ORDER BY seq DESC";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, urlId);
            try (ResultSet rows = statement.executeQuery()) {
                List<DeliveryRecord> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(read(rows));
                }
                return records;
            }
        }
    }

    public Optional<DeliveryRecord> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM test_delivery WHERE id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static void bindResponse(PreparedStatement statement, ReceivedResponse response) throws SQLException {
        if (response == null) {
            statement.setNull(11, Types.INTEGER);
            statement.setNull(12, Types.VARCHAR);
            statement.setNull(13, Types.CLOB);
            statement.setNull(14, Types.CLOB);
            statement.setNull(15, Types.BIGINT);
            statement.setNull(16, Types.BOOLEAN);
            return;
        }
        statement.setInt(11, response.status());
        statement.setString(12, cut(response.reason(), 200));
        statement.setString(13, json(response.headers()));
        statement.setString(14, response.body());
        statement.setLong(15, response.sizeBytes());
        statement.setBoolean(16, response.truncated());
    }

    private static DeliveryRecord read(ResultSet r) throws SQLException {
        SentRequest request = new SentRequest(r.getString(7), r.getString(8), headers(r.getString(9)), r.getString(10));
        int status = r.getInt(11);
        Optional<ReceivedResponse> response = r.wasNull() ? Optional.empty()
                : Optional.of(new ReceivedResponse(status, r.getString(12), headers(r.getString(13)), r.getString(14),
                        r.getLong(15), r.getBoolean(16)));
        String kind = r.getString(17);
        Optional<DeliveryFailure> failure = kind == null ? Optional.empty()
                : Optional.of(new DeliveryFailure(FailureKind.valueOf(kind), r.getString(18)));
        return new DeliveryRecord(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                r.getString(4), r.getObject(5, OffsetDateTime.class).toInstant(), EventType.valueOf(r.getString(6)),
                request, response, failure, r.getLong(19));
    }

    private static String json(List<HeaderLine> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("header lines always serialize", e);
        }
    }

    private static List<HeaderLine> headers(String json) throws SQLException {
        try {
            return JSON.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new SQLException(StoreTexts.get("history.damaged"), e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
