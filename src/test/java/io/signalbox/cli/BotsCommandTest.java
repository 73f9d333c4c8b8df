package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Subscription;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsEachBotWithItsPlatformIdAndUrlCountInAlignedColumns() {
        try (Signalbox store = Signalbox.open(dir)) {
            Bot ventas = store.settings().createBot("Ventas Ecuador", "bot-4821", "");
            store.settings().createBot("soporte", "", "");
            addUrls(store, ventas, 12);
        }

        CliRun run = CliRun.run("--data-dir", dir.toString(), "bots");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "NAME            PLATFORM BOT ID  URLS",
                "soporte         -                   0",
                "Ventas Ecuador  bot-4821           12");
    }

    @Test
    void anEmptyStoreSaysSoInOneLine() {
        CliRun run = CliRun.run("--data-dir", dir.toString(), "bots");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("No bots yet in " + dir.toAbsolutePath() + ".");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theDataDirectoryMayAlsoFollowTheCommand() {
        try (Signalbox store = Signalbox.open(dir)) {
            store.settings().createBot("Cobranzas", "bot-1", "");
        }

        CliRun run = CliRun.run("bots", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Cobranzas");
    }

    @Test
    void aDataDirectoryThatCannotHoldAStoreFailsWithOneLineAndExitOne() throws Exception {
        Path aFile = java.nio.file.Files.writeString(dir.resolve("not-a-directory"), "x");

        CliRun run = CliRun.run("--data-dir", aFile.toString(), "bots");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("signalbox: ")
                .contains(aFile.toString())
                .doesNotContain("Exception", "\tat ");
    }

    private static void addUrls(Signalbox store, Bot bot, int count) {
        for (int i = 0; i < count; i++) {
            store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(),
                    "https://crm.example.com/hooks/" + i, Subscription.all(), Auth.none(), true, "", Map.of(), 10));
        }
    }
}
