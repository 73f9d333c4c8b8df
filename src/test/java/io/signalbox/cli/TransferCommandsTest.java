package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferCommandsTest {

    private static final String TOKEN = "tok-very-secret-4821";
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private Path source;
    private Path target;
    private NotificationUrl crm;

    @BeforeEach
    void aStoreWithOneBotAndOneUrl() {
        source = dir.resolve("source");
        target = dir.resolve("target");
        try (Signalbox store = Signalbox.open(source)) {
            Bot ventas = store.settings().createBot("Ventas \"Quito\" ñandú 🚀", "bot-4821", "");
            store.settings().createBot("Soporte", "", "");
            crm = store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), ventas.id(),
                    "https://crm.example.com/hooks/whatsapp", Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED),
                    new Auth.Bearer(Secret.of(TOKEN)), true, "CRM", Map.of("X-Tenant", "ec"), 10));
        }
    }

    /** Two exports of one store differ only in when they were made. */
    private static String withoutExportedAt(String document) {
        return document.replaceFirst("\"exportedAt\": \"[^\"]+\"", "\"exportedAt\": \"-\"");
    }

    private CliRun cli(String... args) {
        return CliRun.run(args);
    }

    @Test
    void exportWritesTheDocumentToStdoutWithSecretsOmittedByDefault() {
        CliRun run = cli("--data-dir", source.toString(), "export");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\n  \"format\": \"signalbox.config\",\n  \"version\": 1,")
                .contains("\"secrets\": \"omitted\"", "\"name\": \"Ventas \\\"Quito\\\" ñandú 🚀\"",
                        "\"auth\": {\"type\": \"BEARER\", \"token\": null}")
                .doesNotContain(TOKEN).endsWith("}\n");
    }

    @Test
    void exportToAFileSaysWhatItWroteAndPlainSecretsAreWarnedAboutOnStderr() throws Exception {
        Path file = dir.resolve("config.json");

        CliRun run = cli("--data-dir", source.toString(), "export", "--out", file.toString(), "--secrets", "plain");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("Exported 2 bot(s) and 1 URL(s) to " + file + " (secrets plain).");
        assertThat(run.errLines()).containsExactly("signalbox: warning: the document holds the secrets in clear. "
                + "Keep it where only you can read it, or export with --secrets encrypted.");
        assertThat(Files.readString(file)).contains("\"token\": \"" + TOKEN + "\"");
    }

    @Test
    void exportOfOneBotByName() {
        CliRun run = cli("--data-dir", source.toString(), "export", "--bot", "soporte");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"name\": \"Soporte\"").doesNotContain("Ventas");
    }

    @Test
    void anUnknownSecretsModeIsAUsageError() {
        CliRun run = cli("--data-dir", source.toString(), "export", "--secrets", "clear");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("signalbox: Invalid value for option '--secrets': \"clear\" "
                + "(use omitted, plain or encrypted). See 'signalbox export --help'.");
    }

    @Test
    void anEncryptedExportWithoutTerminalOrFileFailsInOneLineAndWritesNothing() {
        Path file = dir.resolve("sealed.json");

        CliRun run = cli("--data-dir", source.toString(), "export", "--secrets", "encrypted", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("signalbox: A passphrase is needed and there is no terminal to ask on: "
                + "give --passphrase-file FILE.");
        assertThat(file).doesNotExist();
    }

    @Test
    void thePassphraseIsAskedTwiceOnTheTerminalForAnExportAndOnceForTheImport() {
        Path file = dir.resolve("sealed.json");
        Deque<String> asked = new ArrayDeque<>();
        PassphrasePrompt terminal = prompt -> {
            asked.add(prompt);
            return PASSPHRASE.toCharArray();
        };

        CliRun export = CliRun.run(CliRun.NO_WINDOW, terminal, "--data-dir", source.toString(), "export",
                "--secrets", "encrypted", "--out", file.toString());
        CliRun imported = CliRun.run(CliRun.NO_WINDOW, terminal, "--data-dir", target.toString(), "import", file.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(imported.exitCode()).isZero();
        assertThat(asked).containsExactly("Passphrase: ", "Passphrase again: ", "Passphrase: ");
        assertThat(cli("--data-dir", target.toString(), "export", "--secrets", "plain").out()).contains(TOKEN);
    }

    @Test
    void twoDifferentPassphrasesOnTheTerminalWriteNothing() {
        Path file = dir.resolve("sealed.json");
        Deque<String> answers = new ArrayDeque<>(List.of(PASSPHRASE, PASSPHRASE + "!"));

        CliRun run = CliRun.run(CliRun.NO_WINDOW, prompt -> answers.poll().toCharArray(), "--data-dir", source.toString(),
                "export", "--secrets", "encrypted", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("signalbox: The two passphrases differ; nothing was written.");
        assertThat(file).doesNotExist();
    }

    @Test
    void encryptedRoundTripWithAPassphraseFileAndAWrongOneRefused() throws Exception {
        Path file = dir.resolve("sealed.json");
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), PASSPHRASE + "\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), PASSPHRASE + "?\n");

        CliRun export = cli("--data-dir", source.toString(), "export", "--secrets", "encrypted",
                "--passphrase-file", passphrase.toString(), "--out", file.toString());
        CliRun refused = cli("--data-dir", target.toString(), "import", file.toString(), "--passphrase-file", wrong.toString());
        CliRun imported = cli("--data-dir", target.toString(), "import", file.toString(), "--passphrase-file", passphrase.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(Files.readString(file)).doesNotContain(TOKEN);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly(
                "signalbox: The passphrase does not open this document's secrets. Nothing was changed.");
        assertThat(imported.exitCode()).isZero();
        assertThat(cli("--data-dir", target.toString(), "export", "--secrets", "plain").out()).contains(TOKEN);
    }

    @Test
    void importPrintsThePlanAppliesItAndASecondImportChangesNothing() throws Exception {
        Path file = dir.resolve("plain.json");
        cli("--data-dir", source.toString(), "export", "--secrets", "plain", "--out", file.toString());

        CliRun first = cli("--data-dir", target.toString(), "import", file.toString());
        CliRun second = cli("--data-dir", target.toString(), "import", file.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.outLines()).containsExactly(
                "+ bot Soporte",
                "+ bot Ventas \"Quito\" ñandú 🚀",
                "+ url https://crm.example.com/hooks/whatsapp (bot Ventas \"Quito\" ñandú 🚀)",
                "Plan: 3 to add, 0 to change, 0 to delete.",
                "Imported: 3 added, 0 changed, 0 deleted.");
        assertThat(second.outLines()).containsExactly(
                "Plan: 0 to add, 0 to change, 0 to delete.",
                "Nothing to change: the store already holds this document.");
    }

    @Test
    void aDryRunPrintsChangesOldToNewAndDeletionsButChangesNothing() throws Exception {
        Path file = dir.resolve("omitted.json");
        cli("--data-dir", source.toString(), "export", "--out", file.toString());
        Files.writeString(file, Files.readString(file)
                .replace("\"timeoutSeconds\": 10", "\"timeoutSeconds\": 20")
                .replace("\"name\": \"Soporte\"", "\"name\": \"Soporte Perú\""));
        try (Signalbox store = Signalbox.open(source)) {
            store.settings().createBot("Old bot", "", "");
        }

        CliRun run = cli("--data-dir", source.toString(), "import", file.toString(), "--dry-run", "--replace");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(
                "~ bot Soporte Perú: name \"Soporte\" → \"Soporte Perú\"",
                "~ url https://crm.example.com/hooks/whatsapp (bot Ventas \"Quito\" ñandú 🚀): timeoutSeconds 10 → 20",
                "- bot Old bot",
                "Plan: 0 to add, 2 to change, 1 to delete.",
                "Dry run: nothing was changed.");
        assertThat(cli("--data-dir", source.toString(), "bots").out()).contains("Old bot", "Soporte ").doesNotContain("Perú");
    }

    @Test
    void aRefusedDocumentListsEveryProblemOnStderrAndExitsOne() throws Exception {
        Path file = dir.resolve("broken.json");
        cli("--data-dir", source.toString(), "export", "--secrets", "plain", "--out", file.toString());
        Files.writeString(file, Files.readString(file)
                .replace("https://crm.example.com/hooks/whatsapp", "ftp://crm.example.com/hooks/whatsapp")
                .replace("\"timeoutSeconds\": 10", "\"timeoutSeconds\": 0")
                .replace("\"name\": \"Soporte\"", "\"name\": \"\""), StandardCharsets.UTF_8);
        String before = withoutExportedAt(cli("--data-dir", source.toString(), "export", "--secrets", "plain").out());

        CliRun run = cli("--data-dir", source.toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "signalbox: The document was refused: 3 problems.",
                "  $.bots[0].name: a bot needs a name",
                "  $.bots[1].notificationUrls[0].timeoutSeconds: must be at least 1 (not 0)",
                "  $.bots[1].notificationUrls[0].url: scheme must be http or https");
        assertThat(withoutExportedAt(cli("--data-dir", source.toString(), "export", "--secrets", "plain").out()))
                .isEqualTo(before);
    }

    @Test
    void aMissingFileIsOneLine() {
        Path missing = dir.resolve("nope.json");

        CliRun run = cli("--data-dir", source.toString(), "import", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("signalbox: Cannot read " + missing + ": no such file or folder");
    }

    @Test
    void garbageIsRefusedWithItsPositionAndNoStackTrace() throws Exception {
        Path file = Files.write(dir.resolve("garbage.json"), new byte[] {'{', '"', 'f', 'o', 'r', 'm', 0x01, (byte) 0xfe});

        CliRun run = cli("--data-dir", source.toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(1)).startsWith("  $").contains("line 1");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }
}
