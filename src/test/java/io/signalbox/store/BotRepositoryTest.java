package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BotRepositoryTest {

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

    private Bot insert(Bot bot) {
        database.inTransaction(connection -> {
            bots.insert(connection, bot);
            return null;
        });
        return bot;
    }

    private Optional<Bot> find(UUID id) {
        Database.SqlWork<Optional<Bot>> work = c -> bots.find(c, id);
        return database.read(work);
    }

    private Optional<Bot> findByName(String name) {
        Database.SqlWork<Optional<Bot>> work = c -> bots.findByName(c, name);
        return database.read(work);
    }

    private boolean update(Bot bot) {
        Database.SqlWork<Boolean> work = c -> bots.update(c, bot);
        return database.inTransaction(work);
    }

    private boolean delete(UUID id) {
        Database.SqlWork<Boolean> work = c -> bots.delete(c, id);
        return database.inTransaction(work);
    }

    private List<NotificationUrl> urlsOf(UUID botId) {
        Database.SqlWork<List<NotificationUrl>> work = c -> urls.listByBot(c, botId);
        return database.read(work);
    }

    private NotificationUrl addUrl(UUID botId, Map<String, String> headers) {
        NotificationUrl url = new NotificationUrl(UUID.randomUUID(), botId, "https://crm.example.com/hook",
                Subscription.all(), new Auth.Basic("ops", Secret.of("pw")), true, "", headers, 10);
        database.inTransaction(connection -> {
            urls.insert(connection, url);
            return null;
        });
        return url;
    }

    private long urlRowsOf(UUID botId) {
        return database.read(connection -> {
            var statement = connection.prepareStatement("SELECT COUNT(*) FROM notification_url WHERE bot_id = ?");
            statement.setObject(1, botId);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
    }

    @Test
    void aBotIsStoredAndFoundByIdAndByNameIgnoringCase() {
        Bot bot = insert(Bot.create("Ventas \"Ecuador\" – Ñandú 🚀", "bot-4821", "línea 1\nlínea 2"));
        assertThat(find(bot.id())).contains(bot);
        assertThat(findByName("  ventas \"ECUADOR\" – ñANDÚ 🚀 ")).contains(bot);
        assertThat(findByName("Ventas")).isEmpty();
        assertThat(find(UUID.randomUUID())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VENTAS", "ventas", " Ventas ", "vEnTaS"})
    void aSecondBotWithTheSameNameIgnoringCaseIsRefused(String other) {
        insert(Bot.create("Ventas", "", ""));
        assertThatThrownBy(() -> insert(Bot.create(other, "", "")))
                .isInstanceOf(NameTakenException.class)
                .hasMessage("another bot is already called \"" + other.strip() + "\"")
                .satisfies(e -> assertThat(((NameTakenException) e).name()).isEqualTo(other.strip()));
        assertThat(DatabaseTest.count(database, "bot")).isEqualTo(1);
    }

    @Test
    void renamingIntoATakenNameIsRefusedAndRenamingIntoAFreeOneOrAnotherCaseWorks() {
        insert(Bot.create("Ventas", "", ""));
        Bot soporte = insert(Bot.create("Soporte", "", ""));
        assertThatThrownBy(() -> update(soporte.withName("VENTAS")))
                .isInstanceOf(NameTakenException.class);
        assertThat(find(soporte.id())).contains(soporte);

        assertThat(update(soporte.withName("SOPORTE"))).isTrue();
        assertThat(find(soporte.id())).map(Bot::name).contains("SOPORTE");
        assertThat(update(soporte.withName("Ayuda"))).isTrue();
        assertThat(findByName("ayuda")).map(Bot::id).contains(soporte.id());
        assertThat(findByName("soporte")).isEmpty();
    }

    @Test
    void updatingOrDeletingABotThatIsGoneReportsFalse() {
        Bot ghost = Bot.create("Ghost", "", "");
        assertThat(update(ghost)).isFalse();
        assertThat(delete(ghost.id())).isFalse();
    }

    @Test
    void aLongestNameWithLettersThatGrowWhenUpperCasedFits() {
        String name = "Straße " + "ß".repeat(Bot.MAX_NAME - 7);
        Bot bot = insert(Bot.create(name, "", ""));
        assertThat(find(bot.id())).map(Bot::name).contains(name);
        assertThat(findByName("STRA\u1E9EE " + "\u1E9E".repeat(Bot.MAX_NAME - 7))).contains(bot);
    }

    @Test
    void deletingABotRemovesItsUrlsAndTheirHeaderRows() {
        Bot ventas = insert(Bot.create("Ventas", "", ""));
        Bot soporte = insert(Bot.create("Soporte", "", ""));
        addUrl(ventas.id(), Map.of("X-Tenant", "ec", "X-Region", "sa"));
        addUrl(ventas.id(), Map.of("X-Tenant", "pe"));
        addUrl(soporte.id(), Map.of("X-Tenant", "co"));
        assertThat(DatabaseTest.count(database, "notification_url_header")).isEqualTo(4);

        assertThat(delete(ventas.id())).isTrue();

        assertThat(find(ventas.id())).isEmpty();
        assertThat(urlRowsOf(ventas.id())).isZero();
        assertThat(DatabaseTest.count(database, "notification_url")).isEqualTo(1);
        assertThat(DatabaseTest.count(database, "notification_url_header")).isEqualTo(1);
        assertThat(urlsOf(soporte.id())).singleElement()
                .satisfies(u -> assertThat(u.headers()).containsExactly(Map.entry("X-Tenant", "co")));
    }

    @Test
    void theListIsSortedByNameIgnoringCaseWithUrlCounts() {
        Bot b = insert(Bot.create("beta", "", ""));
        Bot a = insert(Bot.create("Alpha", "", ""));
        Bot c = insert(Bot.create("Charlie", "", ""));
        addUrl(c.id(), Map.of());
        addUrl(c.id(), Map.of());
        addUrl(a.id(), Map.of());
        List<BotSummary> list = database.read(bots::listWithUrlCounts);
        assertThat(list).extracting(s -> s.bot().name()).containsExactly("Alpha", "beta", "Charlie");
        assertThat(list).extracting(BotSummary::urlCount).containsExactly(1, 0, 2);
        assertThat(list.get(1).bot()).isEqualTo(b);
    }

    @Test
    void emptyOptionalFieldsComeBackEmptyNotNull() {
        Bot bot = insert(Bot.create("Ventas", null, null));
        assertThat(find(bot.id())).hasValueSatisfying(found -> {
            assertThat(found.platformBotId()).isEmpty();
            assertThat(found.description()).isEmpty();
        });
    }
}
