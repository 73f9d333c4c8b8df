package io.signalbox.store;

import io.signalbox.domain.Auth;
import io.signalbox.domain.AuthKind;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Notification URLs in the store, with their extra headers. The auth secret is sealed by
 * {@link SecretBox} before it reaches SQL and opened only when a URL is read back.
 */
public final class NotificationUrlRepository {

    private static final String COLUMNS = "id, bot_id, url, events, enabled, description, timeout_seconds, "
            + "auth_kind, auth_username, auth_header, auth_token_url, auth_client_id, auth_scope, auth_secret";

    private static final AtomicLong LAST_CREATED_MICROS = new AtomicLong();

    private final SecretBox secretBox;

    public NotificationUrlRepository(SecretBox secretBox) {
        this.secretBox = secretBox;
    }

    /** A bot's URLs in the order they were added. */
    public List<NotificationUrl> listByBot(Connection connection, UUID botId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM notification_url WHERE bot_id = ? ORDER BY created_at, url, id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, botId);
            return readAll(connection, statement);
        }
    }

    /** Every URL of every bot (for export and import), each bot's in the order they were added. */
    public List<NotificationUrl> listAll(Connection connection) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM notification_url ORDER BY bot_id, created_at, url, id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return readAll(connection, statement, true);
        }
    }

    /**
     * Moves a URL, with its test history, to another bot (an import that found it under a different
     * bot); false when it is gone.
     */
    public boolean moveToBot(Connection connection, UUID id, UUID botId) throws SQLException {
        try (PreparedStatement history = connection.prepareStatement("UPDATE test_delivery SET bot_id = ? WHERE url_id = ?")) {
            history.setObject(1, botId);
            history.setObject(2, id);
            history.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE notification_url SET bot_id = ? WHERE id = ?")) {
            statement.setObject(1, botId);
            statement.setObject(2, id);
            return statement.executeUpdate() == 1;
        }
    }

    /** How many URLs a bot has, without opening any secret. */
    public int countByBot(Connection connection, UUID botId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM notification_url WHERE bot_id = ?")) {
            statement.setObject(1, botId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    public Optional<NotificationUrl> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM notification_url WHERE id = ?")) {
            statement.setObject(1, id);
            return readAll(connection, statement).stream().findFirst();
        }
    }

    public void insert(Connection connection, NotificationUrl url) throws SQLException {
        String sql = "INSERT INTO notification_url (url, events, enabled, description, timeout_seconds, auth_kind, "
                + "auth_username, auth_header, auth_token_url, auth_client_id, auth_scope, auth_secret, id, bot_id, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, url);
            statement.setObject(14, url.botId());
            statement.setObject(15, nextCreatedAt());
            statement.executeUpdate();
        }
        writeHeaders(connection, url);
    }

    /** Replaces every field of a stored URL (not its bot); false when it no longer exists. */
    public boolean update(Connection connection, NotificationUrl url) throws SQLException {
        String sql = "UPDATE notification_url SET url = ?, events = ?, enabled = ?, description = ?, timeout_seconds = ?, "
                + "auth_kind = ?, auth_username = ?, auth_header = ?, auth_token_url = ?, auth_client_id = ?, "
                + "auth_scope = ?, auth_secret = ? WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, url);
            if (statement.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM notification_url_header WHERE url_id = ?")) {
            statement.setObject(1, url.id());
            statement.executeUpdate();
        }
        writeHeaders(connection, url);
        return true;
    }

    public boolean setEnabled(Connection connection, UUID id, boolean enabled) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE notification_url SET enabled = ? WHERE id = ?")) {
            statement.setBoolean(1, enabled);
            statement.setObject(2, id);
            return statement.executeUpdate() == 1;
        }
    }

    public boolean delete(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM notification_url WHERE id = ?")) {
            statement.setObject(1, id);
            return statement.executeUpdate() == 1;
        }
    }

    private void bind(PreparedStatement statement, NotificationUrl url) throws SQLException {
        Auth auth = url.auth();
        statement.setString(1, url.url());
        statement.setString(2, url.subscription().asText());
        statement.setBoolean(3, url.enabled());
        statement.setString(4, url.description());
        statement.setInt(5, url.timeoutSeconds());
        statement.setString(6, auth.kind().name());
        statement.setString(7, auth instanceof Auth.Basic basic ? basic.username() : null);
        statement.setString(8, auth instanceof Auth.ApiKey apiKey ? apiKey.header() : null);
        statement.setString(9, auth instanceof Auth.OAuth2Client oauth ? oauth.tokenUrl() : null);
        statement.setString(10, auth instanceof Auth.OAuth2Client oauth ? oauth.clientId() : null);
        statement.setString(11, auth instanceof Auth.OAuth2Client oauth ? oauth.scope() : null);
        Secret secret = auth.secret();
        if (secret == null) {
            statement.setNull(12, Types.VARBINARY);
        } else {
            statement.setBytes(12, secretBox.seal(secret.reveal(), context(url.id())));
        }
        statement.setObject(13, url.id());
    }

    private static void writeHeaders(Connection connection, NotificationUrl url) throws SQLException {
        if (url.headers().isEmpty()) {
            return;
        }
        String sql = "INSERT INTO notification_url_header (url_id, position, name, header_value) VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int position = 0;
            for (Map.Entry<String, String> header : url.headers().entrySet()) {
                statement.setObject(1, url.id());
                statement.setInt(2, position++);
                statement.setString(3, header.getKey());
                statement.setString(4, header.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private List<NotificationUrl> readAll(Connection connection, PreparedStatement statement) throws SQLException {
        return readAll(connection, statement, false);
    }

    /** Reads the rows, then their headers: of these rows only, or (for every URL) the whole table at once. */
    private List<NotificationUrl> readAll(Connection connection, PreparedStatement statement, boolean everyUrl)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(Row.read(result));
            }
        }
        Map<UUID, Map<String, String>> headers = everyUrl ? everyHeader(connection) : headersOf(connection, rows);
        List<NotificationUrl> urls = new ArrayList<>(rows.size());
        for (Row row : rows) {
            urls.add(new NotificationUrl(row.id, row.botId, row.url, Subscription.parse(row.events), auth(row),
                    row.enabled, row.description, headers.getOrDefault(row.id, Map.of()), row.timeoutSeconds));
        }
        return urls;
    }

    private static Map<UUID, Map<String, String>> headersOf(Connection connection, List<Row> rows) throws SQLException {
        Map<UUID, Map<String, String>> headers = new HashMap<>();
        if (rows.isEmpty()) {
            return headers;
        }
        String sql = "SELECT url_id, name, header_value FROM notification_url_header "
                + "WHERE url_id = ANY(?) ORDER BY url_id, position";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, rows.stream().map(row -> row.id).toArray(UUID[]::new));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    headers.computeIfAbsent(result.getObject(1, UUID.class), id -> new LinkedHashMap<>())
                            .put(result.getString(2), result.getString(3));
                }
            }
        }
        return headers;
    }

    private static Map<UUID, Map<String, String>> everyHeader(Connection connection) throws SQLException {
        Map<UUID, Map<String, String>> headers = new HashMap<>();
        String sql = "SELECT url_id, name, header_value FROM notification_url_header ORDER BY url_id, position";
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                headers.computeIfAbsent(result.getObject(1, UUID.class), id -> new LinkedHashMap<>())
                        .put(result.getString(2), result.getString(3));
            }
        }
        return headers;
    }

    private Auth auth(Row row) {
        Secret secret = row.secret == null ? null : Secret.of(secretBox.open(row.secret, context(row.id)));
        return switch (AuthKind.valueOf(row.authKind)) {
            case NONE -> Auth.none();
            case BASIC -> new Auth.Basic(row.username, secret);
            case BEARER -> new Auth.Bearer(secret);
            case API_KEY -> new Auth.ApiKey(row.header, secret);
            case SIGNATURE -> new Auth.Signature(secret);
            case OAUTH2_CLIENT_CREDENTIALS -> new Auth.OAuth2Client(row.tokenUrl, row.clientId, secret, row.scope);
        };
    }

    /**
     * The time a URL is added, strictly increasing within this process: the list order is the order
     * of adding even for several URLs added in one transaction (where SQL's CURRENT_TIMESTAMP is
     * the same for every row).
     */
    static OffsetDateTime nextCreatedAt() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        long micros = LAST_CREATED_MICROS.accumulateAndGet(now, (last, current) -> Math.max(last + 1, current));
        return OffsetDateTime.ofInstant(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static String context(UUID urlId) {
        return "notification_url:" + urlId;
    }

    /** One result row, read before the headers query runs on the same connection. */
    private record Row(UUID id, UUID botId, String url, String events, boolean enabled, String description,
                       int timeoutSeconds, String authKind, String username, String header, String tokenUrl,
                       String clientId, String scope, byte[] secret) {
        static Row read(ResultSet r) throws SQLException {
            return new Row(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3), r.getString(4),
                    r.getBoolean(5), r.getString(6), r.getInt(7), r.getString(8), r.getString(9), r.getString(10),
                    r.getString(11), r.getString(12), r.getString(13), r.getBytes(14));
        }
    }
}
