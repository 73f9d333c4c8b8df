package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.Auth;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalboxSmokeTest {

    @TempDir
    Path dir;

    @Test
    void aBotAndItsUrlSurviveReopeningTheStore() {
        UUID botId;
        try (Signalbox app = Signalbox.open(dir)) {
            var bot = app.settings().createBot("  Ventas Ecuador ", "bot-4821", "");
            botId = bot.id();
            app.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(), "https://crm.example.com/hooks",
                    Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED),
                    new Auth.Bearer(Secret.of("tok-123")), true, "CRM", Map.of("X-Tenant", "ec"), 10));
        }
        try (Signalbox app = Signalbox.open(dir)) {
            assertThat(app.settings().bots()).singleElement()
                    .satisfies(s -> assertThat(s.bot().name()).isEqualTo("Ventas Ecuador"))
                    .satisfies(s -> assertThat(s.urlCount()).isEqualTo(1));
            var url = app.settings().urls(botId).get(0);
            assertThat(url.auth().secret().reveal()).isEqualTo("tok-123");
            assertThat(url.headers()).containsEntry("X-Tenant", "ec");
            assertThat(app.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }

    @Test
    void everyKindOfChangeSurvivesReopening() {
        UUID botId;
        NotificationUrl copy;
        try (Signalbox app = Signalbox.open(dir)) {
            var settings = app.settings();
            var bot = settings.updateBot(settings.createBot("Ventas", "bot-1", "").withName("Ventas \"EC\" ñ"));
            botId = bot.id();
            var original = settings.addUrl(new NotificationUrl(UUID.randomUUID(), botId, "https://crm.example.com/hooks",
                    Subscription.all(), new Auth.ApiKey("X-Key", Secret.of("k-1")), true, "", Map.of(), 5));
            copy = settings.duplicateUrl(original.id());
            settings.setEnabled(copy.id(), false);
            settings.deleteUrl(original.id());
            settings.createBot("Temporal", "", "");
            settings.deleteBot(settings.findBot("temporal").orElseThrow().id());
        }
        try (Signalbox app = Signalbox.open(dir)) {
            assertThat(app.settings().bots()).singleElement()
                    .satisfies(s -> assertThat(s.bot().name()).isEqualTo("Ventas \"EC\" ñ"));
            assertThat(app.settings().urls(botId)).containsExactly(copy.withEnabled(false));
        }
    }

    @Test
    void aDataDirectoryItCreatesIsForItsOwnerOnly() throws Exception {
        Path created = dir.resolve("new").resolve("signalbox");
        try (Signalbox app = Signalbox.open(created)) {
            assertThat(java.nio.file.Files.getPosixFilePermissions(created))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        }
    }
}
