package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlsCommandTest {

    private static final String BEARER_TOKEN = "tok-very-secret-4821";
    private static final String SIGNING_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @TempDir
    Path dir;

    private Bot ventas;
    private NotificationUrl crm;
    private NotificationUrl audit;

    @BeforeEach
    void seedAStoreThroughTheAppLayer() {
        try (Signalbox store = Signalbox.open(dir)) {
            ventas = store.settings().createBot("Ventas Ecuador", "bot-4821", "");
            store.settings().createBot("Sin URLs", "", "");
            crm = store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), ventas.id(),
                    "https://crm.example.com/hooks/whatsapp",
                    Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED),
                    new Auth.Bearer(Secret.of(BEARER_TOKEN)), true, "CRM", Map.of("X-Tenant", "ec"), 10));
            audit = store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), ventas.id(),
                    "https://audit.example.com/in", Subscription.all(),
                    new Auth.Signature(Secret.of(SIGNING_SECRET)), false, "Audit\ntrail", Map.of(), 10));
        }
    }

    @Test
    void listsEachUrlWithItsEventsAuthKindAndStateInAlignedColumns() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "urls", "Ventas Ecuador");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String id = "%-36s";
        assertThat(run.outLines()).containsExactly(
                String.format(id + "  URL                                     EVENTS       AUTH       ENABLED  DESCRIPTION", "ID"),
                String.format(id + "  https://crm.example.com/hooks/whatsapp  READ,FAILED  BEARER     yes      CRM", crm.id()),
                String.format(id + "  https://audit.example.com/in            ALL          SIGNATURE  no       Audit trail", audit.id()));
    }

    @Test
    void neverPrintsASecret() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "urls", "Ventas Ecuador");

        assertThat(run.out()).doesNotContain(BEARER_TOKEN, SIGNING_SECRET, "whsec_");
    }

    @Test
    void findsTheBotByNameIgnoringCaseOrById() {
        CliRun byName = CliRun.run("--data-dir", dir.toString(), "urls", "VENTAS ecuador");
        CliRun byId = CliRun.run("--data-dir", dir.toString(), "urls", ventas.id().toString());

        assertThat(byName.exitCode()).isZero();
        assertThat(byName.out()).contains(crm.id().toString(), audit.id().toString());
        assertThat(byId.exitCode()).isZero();
        assertThat(byId.out()).isEqualTo(byName.out());
    }

    @Test
    void aBotWithoutUrlsSaysSoInOneLine() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "urls", "sin urls");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("Bot \"Sin URLs\" has no notification URLs yet.");
    }

    @Test
    void anUnknownBotFailsWithOneLineOnStderrAndExitOne() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "urls", "Ventas Peru");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "signalbox: No bot with the id or name \"Ventas Peru\". Run 'signalbox bots' to list them.");
    }

    @Test
    void aMissingBotArgumentIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "urls");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "signalbox: Missing required parameter: 'BOT'. See 'signalbox urls --help'.");
    }
}
