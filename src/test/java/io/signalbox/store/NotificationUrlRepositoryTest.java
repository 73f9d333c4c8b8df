package io.signalbox.store;

import static io.signalbox.domain.SubscriptionEvent.FAILED;
import static io.signalbox.domain.SubscriptionEvent.READ;
import static io.signalbox.domain.SubscriptionEvent.REPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SigningSecret;
import io.signalbox.domain.Subscription;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NotificationUrlRepositoryTest {

    @TempDir
    Path dir;

    private Database database;
    private final BotRepository bots = new BotRepository();
    private NotificationUrlRepository urls;
    private Bot bot;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        urls = new NotificationUrlRepository(database.secretBox());
        bot = Bot.create("Ventas", "", "");
        database.inTransaction(connection -> {
            bots.insert(connection, bot);
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Stream<Auth> everyAuthKind() {
        return Stream.of(
                Auth.none(),
                new Auth.Basic("opérateur \"ops\"", Secret.of("pässwörd ✓")),
                new Auth.Bearer(Secret.of("eyJhbGciOiJIUzI1NiJ9.e30.sig")),
                new Auth.ApiKey("X-Api-Token", Secret.of("k'ey\"1")),
                new Auth.Signature(Secret.of(SigningSecret.generate())),
                new Auth.OAuth2Client("https://id.example.com/oauth/token", "client-ñ", Secret.of("cs-✓"), "hooks.write read"),
                new Auth.OAuth2Client("https://id.example.com/oauth/token", "client-1", Secret.of("cs"), null));
    }

    private NotificationUrl url(Auth auth, Map<String, String> headers) {
        return new NotificationUrl(UUID.randomUUID(), bot.id(), "https://crm.example.com/hooks/whatsapp?tenant=ec",
                Subscription.of(READ, FAILED), auth, true, "CRM «principal» \"prod\"\nsecond line", headers, 25);
    }

    private void insert(NotificationUrl url) {
        database.inTransaction(connection -> {
            urls.insert(connection, url);
            return null;
        });
    }

    private Optional<NotificationUrl> find(UUID id) {
        Database.SqlWork<Optional<NotificationUrl>> work = connection -> urls.find(connection, id);
        return database.read(work);
    }

    private List<NotificationUrl> listed() {
        Database.SqlWork<List<NotificationUrl>> work = connection -> urls.listByBot(connection, bot.id());
        return database.read(work);
    }

    private boolean transact(Database.SqlWork<Boolean> work) {
        return database.inTransaction(work);
    }

    @ParameterizedTest
    @MethodSource("everyAuthKind")
    void everyFieldOfAUrlWithEachAuthKindComesBackExactly(Auth auth) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Tenant", "ec");
        headers.put("Accept-Language", "es-EC, es;q=0.9");
        headers.put("X-Empty", "");
        NotificationUrl url = url(auth, headers);
        insert(url);

        NotificationUrl back = find(url.id()).orElseThrow();
        assertThat(back).isEqualTo(url);
        assertThat(back.auth()).isEqualTo(auth);
        assertThat(back.headers().keySet()).containsExactly("X-Tenant", "Accept-Language", "X-Empty");
        assertThat(listed()).containsExactly(url);
    }

    @Test
    void manyHeadersKeepTheOrderTheyWereTypedIn() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("X-Zulu", "X-Alpha", "X-Mike", "X-Bravo", "X-Yankee", "X-Charlie", "X-Xray")) {
            headers.put(name, name.toLowerCase());
        }
        NotificationUrl url = url(Auth.none(), headers);
        insert(url);
        assertThat(find(url.id()).orElseThrow().headers().keySet())
                .containsExactly("X-Zulu", "X-Alpha", "X-Mike", "X-Bravo", "X-Yankee", "X-Charlie", "X-Xray");
    }

    @Test
    void anUpdateReplacesEveryFieldAndTheHeaders() {
        NotificationUrl url = url(new Auth.Bearer(Secret.of("tok-1")), Map.of("X-Old", "1", "X-Gone", "2"));
        insert(url);
        NotificationUrl edited = new NotificationUrl(url.id(), bot.id(), "http://localhost:9000/hook",
                Subscription.all(), new Auth.ApiKey("X-Key", Secret.of("key-2")), false, "", Map.of("X-New", "3"), 60);

        assertThat(transact(connection -> urls.update(connection, edited))).isTrue();

        assertThat(find(url.id())).contains(edited);
        assertThat(DatabaseTest.count(database, "notification_url_header")).isEqualTo(1);
    }

    @Test
    void updatingSetEnabledOrDeletingAGoneUrlReportsFalse() {
        NotificationUrl ghost = url(Auth.none(), Map.of());
        assertThat(transact(connection -> urls.update(connection, ghost))).isFalse();
        assertThat(transact(connection -> urls.setEnabled(connection, ghost.id(), false))).isFalse();
        assertThat(transact(connection -> urls.delete(connection, ghost.id()))).isFalse();
        assertThat(DatabaseTest.count(database, "notification_url")).isZero();
    }

    @Test
    void setEnabledChangesOnlyTheFlag() {
        NotificationUrl url = url(new Auth.Bearer(Secret.of("tok-1")), Map.of("X-A", "1"));
        insert(url);
        assertThat(transact(connection -> urls.setEnabled(connection, url.id(), false))).isTrue();
        assertThat(find(url.id())).contains(url.withEnabled(false));
    }

    @Test
    void deletingAUrlRemovesItsHeaderRows() {
        NotificationUrl kept = url(Auth.none(), Map.of("X-A", "1"));
        NotificationUrl gone = url(Auth.none(), Map.of("X-A", "1", "X-B", "2"));
        insert(kept);
        insert(gone);
        assertThat(transact(connection -> urls.delete(connection, gone.id()))).isTrue();
        assertThat(find(gone.id())).isEmpty();
        assertThat(listed()).containsExactly(kept);
        assertThat(DatabaseTest.count(database, "notification_url_header")).isEqualTo(1);
    }

    @Test
    void aBotsUrlsAreListedInTheOrderTheyWereAdded() throws Exception {
        NotificationUrl first = url(Auth.none(), Map.of()).withEnabled(false);
        NotificationUrl second = new NotificationUrl(UUID.randomUUID(), bot.id(), "https://a.example/first-by-name",
                Subscription.of(REPLY), Auth.none(), true, "", Map.of(), 10);
        insert(first);
        Thread.sleep(5);
        insert(second);
        assertThat(listed()).extracting(NotificationUrl::id).containsExactly(first.id(), second.id());
    }

    @Test
    void urlsAddedInOneTransactionAreListedInTheOrderTheyWereAdded() {
        List<NotificationUrl> added = Stream.of("https://z.example/", "https://m.example/", "https://a.example/")
                .map(address -> new NotificationUrl(UUID.randomUUID(), bot.id(), address, Subscription.all(),
                        Auth.none(), true, "", Map.of(), 10))
                .toList();
        database.inTransaction(connection -> {
            for (NotificationUrl url : added) {
                urls.insert(connection, url);
            }
            return null;
        });
        assertThat(listed()).containsExactlyElementsOf(added);
    }

    @Test
    void theSecretIsStoredSealedNeverAsText() {
        NotificationUrl url = url(new Auth.Bearer(Secret.of("tok-in-clear-42")), Map.of());
        insert(url);
        byte[] stored = database.read(connection -> {
            var statement = connection.prepareStatement("SELECT auth_secret FROM notification_url WHERE id = ?");
            statement.setObject(1, url.id());
            var rows = statement.executeQuery();
            rows.next();
            return rows.getBytes(1);
        });
        assertThat(stored).isNotEmpty();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("tok-in-clear-42");
        assertThat(database.secretBox().open(stored, "notification_url:" + url.id())).isEqualTo("tok-in-clear-42");
    }

    @Test
    void aSecretThatCannotBeOpenedGivesAStoreExceptionNotAWrongValue() {
        NotificationUrl url = url(new Auth.Bearer(Secret.of("tok-1")), Map.of());
        insert(url);
        database.inTransaction(connection -> connection.createStatement().executeUpdate(
                "UPDATE notification_url SET auth_secret = X'01000000000000000000000000AABBCCDDEEFF00112233445566778899'"));
        assertThatThrownBy(() -> find(url.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be decrypted");
    }

    @Test
    void theLongestAllowedFieldsFitTheirColumns() {
        String thousand = "u".repeat(Auth.MAX_TEXT);
        String bigSecret = "s".repeat(Auth.MAX_SECRET_BYTES);
        String longUrl = "https://crm.example.com/" + "p".repeat(2048 - 24);
        Map<String, String> headers = Map.of("H".repeat(100), "v".repeat(4000));
        List<NotificationUrl> largest = List.of(
                new NotificationUrl(UUID.randomUUID(), bot.id(), longUrl, Subscription.of(READ, FAILED, REPLY),
                        new Auth.Basic(thousand, Secret.of(bigSecret)), true, "d".repeat(4000), headers, 60),
                new NotificationUrl(UUID.randomUUID(), bot.id(), longUrl, Subscription.all(),
                        new Auth.OAuth2Client(longUrl, thousand, Secret.of(bigSecret), thousand), true, "", Map.of(), 1),
                new NotificationUrl(UUID.randomUUID(), bot.id(), longUrl, Subscription.all(),
                        new Auth.ApiKey("K".repeat(100), Secret.of(bigSecret)), true, "", Map.of(), 1));
        for (NotificationUrl url : largest) {
            insert(url);
            assertThat(find(url.id())).contains(url);
        }
    }
}
