package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.SentRequest;
import io.signalbox.domain.Subscription;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test delivery history and the remembered payload values, in a real H2 store. */
class DeliveryHistoryRepositoryTest {

    @TempDir
    Path dir;

    private Database database;
    private final BotRepository bots = new BotRepository();
    private final DeliveryHistoryRepository history = new DeliveryHistoryRepository();
    private final PayloadValuesRepository payloadValues = new PayloadValuesRepository();
    private NotificationUrlRepository urls;
    private Bot bot;
    private NotificationUrl url;
    private NotificationUrl otherUrl;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        urls = new NotificationUrlRepository(database.secretBox());
        bot = Bot.create("Ventas", "", "");
        url = new NotificationUrl(UUID.randomUUID(), bot.id(), "https://crm.example.com/hook", Subscription.all(),
                Auth.none(), true, "", Map.of(), 10);
        otherUrl = url.duplicate();
        database.inTransaction(connection -> {
            bots.insert(connection, bot);
            urls.insert(connection, url);
            urls.insert(connection, otherUrl);
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void answeredAndFailedDeliveriesComeBackAsTheyWereNewestFirst() {
        DeliveryRecord answered = answered(url, Instant.parse("2026-04-27T12:00:00.123456Z"));
        DeliveryRecord failed = new DeliveryRecord(UUID.randomUUID(), bot.id(), url.id(), url.url(),
                Instant.parse("2026-04-27T12:00:05Z"), EventType.FAILED, request(),
                Optional.empty(), Optional.of(new DeliveryFailure(FailureKind.TLS,
                "TLS handshake failed: certificate not trusted (self-signed)")), 37);

        insert(answered);
        insert(failed);

        assertThat(historyOf(url))
                .containsExactly(failed, answered);
        assertThat(found(answered.id())).contains(answered);
        assertThat(historyOf(otherUrl)).isEmpty();
    }

    @Test
    void keepsTheLastHundredPerUrlAndLeavesOtherUrlsAlone() {
        Instant start = Instant.parse("2026-04-27T12:00:00Z");
        DeliveryRecord other = answered(otherUrl, start);
        insert(other);
        List<DeliveryRecord> sent = new java.util.ArrayList<>();
        for (int i = 0; i < DeliveryHistoryRepository.KEPT_PER_URL + 5; i++) {
            DeliveryRecord record = answered(url, start.plus(i, ChronoUnit.SECONDS));
            sent.add(record);
            insert(record);
        }

        List<DeliveryRecord> kept = historyOf(url);

        assertThat(kept).hasSize(100);
        assertThat(kept.get(0)).isEqualTo(sent.get(sent.size() - 1));
        assertThat(kept.get(99)).isEqualTo(sent.get(5));
        assertThat(historyOf(otherUrl)).containsExactly(other);
    }

    @Test
    void aUrlsHistoryGoesWithTheUrlAndABotsValuesWithTheBot() {
        insert(answered(url, Instant.now()));
        insert(answered(otherUrl, Instant.now()));
        database.inTransaction(connection -> {
            payloadValues.save(connection, bot.id(), PayloadValues.defaults());
            return null;
        });

        database.inTransaction(connection -> urls.delete(connection, url.id()));

        assertThat(historyOf(url)).isEmpty();
        assertThat(historyOf(otherUrl)).hasSize(1);

        database.inTransaction(connection -> bots.delete(connection, bot.id()));

        assertThat(historyOf(otherUrl)).isEmpty();
        assertThat(rememberedValues()).isEmpty();
    }

    @Test
    void aUrlMovedToAnotherBotTakesItsHistoryAlong() {
        Bot other = Bot.create("Soporte", "", "");
        DeliveryRecord sent = answered(url, Instant.parse("2026-04-27T12:00:00Z"));
        insert(sent);

        database.inTransaction(connection -> {
            bots.insert(connection, other);
            return urls.moveToBot(connection, url.id(), other.id());
        });

        assertThat(found(sent.id())).hasValueSatisfying(moved -> assertThat(moved.botId()).isEqualTo(other.id()));
    }

    @Test
    void payloadValuesAreRememberedAndReplaced() {
        assertThat(rememberedValues()).isEmpty();
        PayloadValues first = new PayloadValues("593991234567", "bienvenida_ñ", "0123456789abcdef01234567",
                "Sí, gracias ✓", "template \"paused\"");
        PayloadValues second = PayloadValues.defaults();

        database.inTransaction(connection -> {
            payloadValues.save(connection, bot.id(), first);
            return null;
        });
        assertThat(rememberedValues()).contains(first);
        database.inTransaction(connection -> {
            payloadValues.save(connection, bot.id(), second);
            return null;
        });

        assertThat(rememberedValues()).contains(second);
    }

    private List<DeliveryRecord> historyOf(NotificationUrl target) {
        return database.read(connection -> history.listByUrl(connection, target.id()));
    }

    private Optional<DeliveryRecord> found(UUID id) {
        return database.read(connection -> history.find(connection, id));
    }

    private Optional<PayloadValues> rememberedValues() {
        return database.read(connection -> payloadValues.find(connection, bot.id()));
    }

    private void insert(DeliveryRecord record) {
        database.inTransaction(connection -> {
            history.insert(connection, record);
            return null;
        });
    }

    private DeliveryRecord answered(NotificationUrl target, Instant at) {
        ReceivedResponse response = new ReceivedResponse(302, "Found",
                List.of(new HeaderLine("location", "/elsewhere"), new HeaderLine("set-cookie", "a=1"),
                        new HeaderLine("set-cookie", "b=2")), "{\"ok\": \"sí ✓\"}", 15, false);
        return new DeliveryRecord(UUID.randomUUID(), bot.id(), target.id(), target.url(), at, EventType.READ,
                request(), Optional.of(response), Optional.empty(), 123);
    }

    private SentRequest request() {
        return new SentRequest("POST", url.url(), List.of(new HeaderLine("Content-Type", "application/json"),
                new HeaderLine("Authorization", "Bearer ••••••••")), "{\"status\":\"READ\"}");
    }
}
