package io.signalbox.app;

import static io.signalbox.domain.SubscriptionEvent.FAILED;
import static io.signalbox.domain.SubscriptionEvent.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.InvalidInputException;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Problem;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationSettingsTest {

    @TempDir
    Path dir;

    private Signalbox app;
    private NotificationSettings settings;

    @BeforeEach
    void open() {
        app = Signalbox.open(dir);
        settings = app.settings();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private NotificationUrl newUrl(UUID botId, String address) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Tenant", "ec");
        headers.put("X-Region", "sa");
        return new NotificationUrl(UUID.randomUUID(), botId, address, Subscription.of(READ, FAILED),
                new Auth.Basic("ops", Secret.of("pw-123")), true, "CRM", headers, 10);
    }

    private static void assertGone(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(SettingsException.class)
                .hasMessageEndingWith("no longer exists (it may have been deleted elsewhere).")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static void assertNameTaken(ThrowingCallable call, String name) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("name");
                    assertThat(problem.message()).isEqualTo("another bot is already called \u201c" + name
                            + "\u201d (names are compared ignoring case)");
                }));
    }

    @Test
    void aCreatedBotIsListedWithItsNameTrimmedAndNoUrls() {
        Bot bot = settings.createBot("  Ventas Ecuador ", " bot-4821 ", "CRM de ventas");
        assertThat(bot.name()).isEqualTo("Ventas Ecuador");
        assertThat(settings.bots()).containsExactly(new BotSummary(bot, 0));
    }

    @Test
    void aBlankNameIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> settings.createBot("   ", "", "")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .containsExactly("name"));
        assertThat(settings.bots()).isEmpty();
    }

    @Test
    void aNameTakenIgnoringCaseIsAnInvalidInputOnTheNameField() {
        settings.createBot("Ventas", "", "");
        assertNameTaken(() -> settings.createBot("VENTAS", "", ""), "VENTAS");
        assertNameTaken(() -> settings.createBot(" ventas ", "", ""), "ventas");
        assertThat(settings.bots()).hasSize(1);
    }

    @Test
    void renamingKeepsTheUrlsAndRefusesATakenName() {
        Bot ventas = settings.createBot("Ventas", "", "");
        Bot soporte = settings.createBot("Soporte", "", "");
        settings.addUrl(newUrl(soporte.id(), "https://crm.example.com/hook"));

        Bot renamed = settings.updateBot(soporte.withName("  Ayuda al cliente "));
        assertThat(renamed.name()).isEqualTo("Ayuda al cliente");
        assertThat(settings.findBot(soporte.id().toString())).contains(renamed);
        assertThat(settings.urls(soporte.id())).hasSize(1);

        assertNameTaken(() -> settings.updateBot(renamed.withName("ventas")), "ventas");
        assertThat(settings.findBot(soporte.id().toString())).map(Bot::name).contains("Ayuda al cliente");
        assertThat(settings.updateBot(ventas.withName("VENTAS")).name()).isEqualTo("VENTAS");
    }

    @Test
    void deletingABotReturnsHowManyUrlsWentWithIt() {
        Bot bot = settings.createBot("Ventas", "", "");
        settings.addUrl(newUrl(bot.id(), "https://crm.example.com/a"));
        settings.addUrl(newUrl(bot.id(), "https://crm.example.com/b"));
        Bot empty = settings.createBot("Vacío", "", "");

        assertThat(settings.deleteBot(bot.id())).isEqualTo(2);
        assertThat(settings.deleteBot(empty.id())).isZero();
        assertThat(settings.bots()).isEmpty();
        assertThat(settings.urls(bot.id())).isEmpty();
    }

    @Test
    void everyChangeToADeletedBotIsAOneLineSettingsException() {
        Bot bot = settings.createBot("Ventas", "", "");
        settings.deleteBot(bot.id());
        assertGone(() -> settings.deleteBot(bot.id()));
        assertGone(() -> settings.updateBot(bot.withName("Otra")));
        assertGone(() -> settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook")));
        assertThat(settings.findBot(bot.id().toString())).isEmpty();
    }

    @Test
    void aBotDeletedByAnotherWindowOrTheCommandLineIsReportedNotRecreated() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl url = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        try (Signalbox other = Signalbox.open(dir)) {
            assertThat(other.settings().deleteBot(bot.id())).isEqualTo(1);
        }
        assertGone(() -> settings.updateBot(bot.withName("Ventas 2")));
        assertGone(() -> settings.setEnabled(url.id(), false));
        assertGone(() -> settings.duplicateUrl(url.id()));
        assertGone(() -> settings.deleteUrl(url.id()));
        assertThat(settings.bots()).isEmpty();
    }

    @Test
    void searchMatchesNameOrPlatformIdIgnoringCase() {
        Bot ventasEc = settings.createBot("Ventas Ecuador", "bot-4821", "");
        Bot ventasPe = settings.createBot("Ventas Perú", "BOT-1200", "");
        Bot soporte = settings.createBot("Soporte", "helpdesk-7", "");

        assertThat(settings.searchBots("ventas")).extracting(s -> s.bot().id()).containsExactly(ventasEc.id(), ventasPe.id());
        assertThat(settings.searchBots("PERÚ")).extracting(s -> s.bot().id()).containsExactly(ventasPe.id());
        assertThat(settings.searchBots("bot-12")).extracting(s -> s.bot().id()).containsExactly(ventasPe.id());
        assertThat(settings.searchBots("HELPDESK")).extracting(s -> s.bot().id()).containsExactly(soporte.id());
        assertThat(settings.searchBots(" ")).hasSize(3);
        assertThat(settings.searchBots("nada")).isEmpty();
    }

    @Test
    void aBotIsFoundByIdOrByNameIgnoringCase() {
        Bot bot = settings.createBot("Ventas Ecuador", "bot-4821", "");
        assertThat(settings.findBot(bot.id().toString())).contains(bot);
        assertThat(settings.findBot(" " + bot.id().toString().toUpperCase(Locale.ROOT) + " ")).contains(bot);
        assertThat(settings.findBot("ventas ECUADOR")).contains(bot);
        assertThat(settings.findBot("Ventas")).isEmpty();
        assertThat(settings.findBot(UUID.randomUUID().toString())).isEmpty();
        assertThat(settings.findBot("")).isEmpty();
        assertThat(settings.findBot(null)).isEmpty();
    }

    @Test
    void aUrlIsAddedThenEditedInPlace() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl added = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        assertThat(settings.urls(bot.id())).containsExactly(added);
        assertThat(settings.bots()).extracting(BotSummary::urlCount).containsExactly(1);

        NotificationUrl edited = new NotificationUrl(added.id(), bot.id(), "https://crm.example.com/v2/hook",
                Subscription.all(), new Auth.Bearer(Secret.of("tok-2")), false, "CRM v2", Map.of("X-Tenant", "pe"), 30);
        settings.updateUrl(edited);

        assertThat(settings.urls(bot.id())).containsExactly(edited);
        assertThat(settings.urls(bot.id()).get(0).auth().secret().reveal()).isEqualTo("tok-2");
    }

    @Test
    void keepingTheStoredSecretOnEditWorksThroughWithSecret() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl added = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        NotificationUrl stored = settings.urls(bot.id()).get(0);
        settings.updateUrl(stored.withAuth(new Auth.Basic("ops2", null).withSecret(stored.auth().secret())));
        assertThat(settings.urls(bot.id()).get(0).auth()).isEqualTo(new Auth.Basic("ops2", Secret.of("pw-123")));
        assertThat(added.id()).isEqualTo(stored.id());
    }

    @Test
    void duplicatingGivesANewIdWithTheSameFieldsListedLast() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl original = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/a"));
        NotificationUrl other = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/b"));

        NotificationUrl copy = settings.duplicateUrl(original.id());

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy).usingRecursiveComparison().ignoringFields("id").isEqualTo(original);
        assertThat(copy.auth().secret().reveal()).isEqualTo("pw-123");
        assertThat(settings.urls(bot.id())).extracting(NotificationUrl::id)
                .containsExactly(original.id(), other.id(), copy.id());
        assertThat(settings.findUrl(bot.id(), copy.id().toString())).contains(copy);
    }

    @Test
    void enablingAndDisablingIsStored() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl url = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        assertThat(settings.setEnabled(url.id(), false)).isEqualTo(url.withEnabled(false));
        assertThat(settings.urls(bot.id())).extracting(NotificationUrl::enabled).containsExactly(false);
        assertThat(settings.setEnabled(url.id(), true).enabled()).isTrue();
    }

    @Test
    void aDeletedUrlIsGoneAndCannotBeDeletedTwice() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl kept = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/a"));
        NotificationUrl gone = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/b"));
        settings.deleteUrl(gone.id());
        assertThat(settings.urls(bot.id())).containsExactly(kept);
        assertGone(() -> settings.deleteUrl(gone.id()));
        assertGone(() -> settings.setEnabled(gone.id(), true));
        assertGone(() -> settings.duplicateUrl(gone.id()));
    }

    @Test
    void aUrlIsFoundByIdOrByItsAddress() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl first = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        assertThat(settings.findUrl(bot.id(), first.id().toString())).contains(first);
        assertThat(settings.findUrl(bot.id(), "https://crm.example.com/hook")).contains(first);
        assertThat(settings.findUrl(bot.id(), "https://crm.example.com/other")).isEmpty();
        assertThat(settings.findUrl(UUID.randomUUID(), first.id().toString())).isEmpty();
    }

    @Test
    void aStoreThatCannotBeOpenedIsAOneLineSettingsException() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> Signalbox.open(file)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("a-file")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void editingAUrlDeletedElsewhereIsReportedAndDoesNotBringItBack() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl added = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        settings.deleteUrl(added.id());
        assertGone(() -> settings.updateUrl(added.withEnabled(false)));
        assertThat(settings.urls(bot.id())).isEmpty();
    }

    @Test
    void anUpdateCannotMoveAUrlToAnotherBotsRow() {
        Bot ventas = settings.createBot("Ventas", "", "");
        Bot soporte = settings.createBot("Soporte", "", "");
        NotificationUrl added = settings.addUrl(newUrl(ventas.id(), "https://crm.example.com/hook"));
        NotificationUrl foreign = new NotificationUrl(added.id(), soporte.id(), "https://evil.example.com/",
                added.subscription(), added.auth(), true, "", Map.of(), 10);
        assertGone(() -> settings.updateUrl(foreign));
        assertThat(settings.urls(ventas.id())).containsExactly(added);
        assertThat(settings.urls(soporte.id())).isEmpty();
    }

    @Test
    void toggleFlipsTheStoredStateEachTime() {
        Bot bot = settings.createBot("Ventas", "", "");
        NotificationUrl added = settings.addUrl(newUrl(bot.id(), "https://crm.example.com/hook"));
        assertThat(settings.toggleEnabled(added.id()).enabled()).isEqualTo(!added.enabled());
        assertThat(settings.toggleEnabled(added.id()).enabled()).isEqualTo(added.enabled());
        assertThat(settings.urls(bot.id()).get(0).enabled()).isEqualTo(added.enabled());
    }
}
