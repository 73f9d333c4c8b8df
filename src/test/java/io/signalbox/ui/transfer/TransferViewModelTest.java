package io.signalbox.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.SecretsMode;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.ui.JsonFiles;
import io.signalbox.ui.ScriptedDialogs;
import io.signalbox.ui.common.InlineBackgroundRunner;
import io.signalbox.ui.common.StatusModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and import flows of the File menu over a real store, dialogs answered by a script. */
class TransferViewModelTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private Signalbox signalbox;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusModel status = new StatusModel();
    private final InlineBackgroundRunner runner = new InlineBackgroundRunner();
    private final List<String> reloads = new ArrayList<>();
    private ExportViewModel exporter;
    private ImportViewModel importer;
    private Bot ventas;
    private UUID crmUrl;

    @BeforeEach
    void openStore() {
        signalbox = Signalbox.open(dataDir);
        ventas = signalbox.settings().createBot("Ventas Ecuador", "bot-4821", "");
        signalbox.settings().createBot("Soporte Perú", "bot-1177", "");
        crmUrl = signalbox.settings().addUrl(new NotificationUrl(UUID.randomUUID(), ventas.id(), "https://crm.example.com/a",
                Subscription.all(), new Auth.Bearer(Secret.of("tok_live_8f2a")), true, "", Map.of(), 10)).id();
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T19:00:00Z"), ZoneOffset.UTC);
        exporter = new ExportViewModel(signalbox.transfer(), runner, dialogs, status, clock);
        importer = new ImportViewModel(signalbox.transfer(), runner, dialogs, status);
        importer.setOnImported(() -> reloads.add("reload"));
    }

    @AfterEach
    void closeStore() {
        signalbox.close();
    }

    private Path export(SecretsMode secrets, String passphrase) {
        Path file = files.resolve("export.json");
        dialogs.exportAnswer = new ExportChoice(secrets, false,
                passphrase == null ? Optional.empty() : Optional.of(passphrase.toCharArray()));
        dialogs.exportFile = file;
        exporter.export(ventas, 2, false);
        return file;
    }

    @Test
    void exportWritesTheWholeStoreWithoutSecretsToTheChosenFileAndSaysWhere() throws Exception {
        Path file = export(SecretsMode.OMITTED, null);

        assertThat(dialogs.suggestedFileNames).containsExactly("signalbox-config-2026-12-04.json");
        String document = Files.readString(file);
        assertThat(document).contains("Ventas Ecuador", "Soporte Perú", "https://crm.example.com/a")
                .doesNotContain("tok_live_8f2a");
        assertThat(status.messageProperty().get())
                .isEqualTo("Exported 2 bots and 1 notification URL to " + file + " (secrets left out)");
        assertThat(status.errorProperty().get()).isFalse();
        assertThat(dialogs.notices).containsExactly(status.messageProperty().get());
    }

    @Test
    void exportSelectedBotProposesTheBotsNameAndWritesOnlyIt() throws Exception {
        Path file = files.resolve("one.json");
        dialogs.exportAnswer = new ExportChoice(SecretsMode.PLAIN, true, Optional.empty());
        dialogs.exportFile = file;
        exporter.export(ventas, 2, true);

        assertThat(dialogs.exportDialogs).containsExactly("Ventas Ecuador 2 true");
        assertThat(dialogs.suggestedFileNames).containsExactly("signalbox-ventas-ecuador-2026-12-04.json");
        assertThat(Files.readString(file)).contains("Ventas Ecuador", "tok_live_8f2a").doesNotContain("Soporte");
        assertThat(status.messageProperty().get()).contains("1 bot and 1 notification URL").endsWith("(secrets in clear text)");
    }

    @Test
    void cancellingTheFileChooserWritesNothing() throws Exception {
        dialogs.exportAnswer = new ExportChoice(SecretsMode.OMITTED, false, Optional.empty());
        exporter.export(null, 2, false);
        try (Stream<Path> written = Files.list(files)) {
            assertThat(written).isEmpty();
        }
        assertThat(dialogs.notices).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsAOneLineError() {
        dialogs.exportAnswer = new ExportChoice(SecretsMode.OMITTED, false, Optional.empty());
        dialogs.exportFile = files.resolve("no such folder").resolve("x.json");
        exporter.export(null, 2, false);
        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).startsWith("Export failed: ").doesNotContain("\n");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.notices).isEmpty();
    }

    @Test
    void importShowsTheChangesBeforeApplyingThemAndApplyChangesTheStore() {
        Path file = export(SecretsMode.OMITTED, null);
        JsonFiles.edit(file, root -> {
            JsonFiles.firstUrl(JsonFiles.bot(root, "Ventas Ecuador")).put("timeoutSeconds", 20);
            JsonFiles.bot(root, "Soporte Perú").put("description", "Mesa de ayuda");
            JsonFiles.addBot(root, UUID.randomUUID().toString(), "Cobranzas", "col-9");
        });
        dialogs.importFile = file;
        List<List<String>> seen = new ArrayList<>();
        dialogs.previewAnswer = preview -> {
            seen.add(flatten(preview.tree()));
            assertThat(preview.summaryProperty().get()).isEqualTo("1 to add, 2 to change, 0 to delete");
            assertThat(signalbox.settings().bots()).hasSize(2); // nothing applied yet
            return true;
        };
        importer.importFile();

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).contains("Add (1)", "Cobranzas | bot", "Change (2)",
                "https://crm.example.com/a | URL of “Ventas Ecuador”", "timeoutSeconds | 10 → 20",
                "Soporte Perú | bot", "description | \"\" → \"Mesa de ayuda\"");
        assertThat(signalbox.settings().bots()).extracting(summary -> summary.bot().name())
                .containsExactly("Cobranzas", "Soporte Perú", "Ventas Ecuador");
        assertThat(signalbox.settings().urls(ventas.id())).singleElement()
                .satisfies(url -> assertThat(url.timeoutSeconds()).isEqualTo(20))
                .satisfies(url -> assertThat(url.auth()).isEqualTo(new Auth.Bearer(Secret.of("tok_live_8f2a"))));
        assertThat(status.messageProperty().get()).isEqualTo("Imported export.json: 1 added, 2 changed, 0 deleted");
        assertThat(reloads).hasSize(1);
    }

    @Test
    void cancelInThePreviewChangesNothing() {
        Path file = export(SecretsMode.OMITTED, null);
        JsonFiles.edit(file, root -> JsonFiles.firstUrl(JsonFiles.bot(root, "Ventas Ecuador")).put("timeoutSeconds", 30));
        dialogs.importFile = file;
        dialogs.previewAnswer = preview -> false;
        importer.importFile();

        assertThat(dialogs.previews).hasSize(1);
        assertThat(signalbox.settings().urls(ventas.id()).get(0).timeoutSeconds()).isEqualTo(10);
        assertThat(status.messageProperty().get()).isEqualTo("Import cancelled: nothing was changed");
        assertThat(reloads).isEmpty();
    }

    @Test
    void theSameDocumentAgainHasNothingToApply() {
        dialogs.importFile = export(SecretsMode.OMITTED, null);
        importer.importFile();

        ImportPreviewViewModel preview = dialogs.previews.get(0);
        assertThat(preview.summaryProperty().get()).isEqualTo("Nothing to change: the store already matches this file.");
        assertThat(preview.tree()).isEmpty();
        assertThat(preview.canApplyProperty().get()).isFalse();
    }

    @Test
    void replacePlansAgainWithTheDeletionsAndApplyDeletesThem() {
        Path file = export(SecretsMode.OMITTED, null);
        JsonFiles.edit(file, root -> root.withArray("bots").remove(0)); // bots by name: Soporte Perú first
        dialogs.importFile = file;
        dialogs.previewAnswer = preview -> {
            assertThat(preview.summaryProperty().get()).isEqualTo("Nothing to change: the store already matches this file.");
            preview.replaceProperty().set(true);
            assertThat(preview.summaryProperty().get()).isEqualTo("0 to add, 0 to change, 1 to delete");
            assertThat(flatten(preview.tree())).contains("Delete (1)", "Soporte Perú | bot");
            return preview.canApplyProperty().get();
        };
        importer.importFile();

        assertThat(signalbox.settings().bots()).extracting(BotSummary::bot).extracting(Bot::name)
                .containsExactly("Ventas Ecuador");
        assertThat(status.messageProperty().get()).endsWith("0 added, 0 changed, 1 deleted");
    }

    @Test
    void aRefusedDocumentListsEachProblemWithItsPathAndChangesNothing() {
        Path file = export(SecretsMode.OMITTED, null);
        JsonFiles.edit(file, root -> {
            JsonFiles.firstUrl(JsonFiles.bot(root, "Ventas Ecuador")).put("url", "ftp://crm.example.com/a");
            JsonFiles.bot(root, "Soporte Perú").put("name", " ");
        });
        dialogs.importFile = file;
        importer.importFile();

        assertThat(dialogs.previews).isEmpty();
        assertThat(dialogs.refusals.get(0)).as(String.valueOf(dialogs.refusals)).isEqualTo("The document was refused: 2 problems.");
        assertThat(dialogs.refusals).anySatisfy(problem -> assertThat(problem)
                .startsWith("$.bots[1].notificationUrls[0].url").contains("http"));
        assertThat(dialogs.refusals).anySatisfy(problem -> assertThat(problem).startsWith("$.bots[0].name"));
        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).contains("export.json", "refused", "Nothing was changed");
        assertThat(signalbox.settings().urls(ventas.id()).get(0).url()).isEqualTo("https://crm.example.com/a");
    }

    @Test
    void anEncryptedDocumentAsksThePassphraseAgainAfterAWrongOne() {
        Path file = export(SecretsMode.ENCRYPTED, "correct horse battery");
        signalbox.settings().updateUrl(withAuth(signalbox.settings().urls(ventas.id()).get(0), new Auth.Bearer(Secret.of("other"))));
        dialogs.importFile = file;
        dialogs.passphraseAnswers.add("wrong passphrase");
        dialogs.passphraseAnswers.add("correct horse battery");
        dialogs.previewAnswer = preview -> true;
        importer.importFile();

        assertThat(dialogs.passphraseProblems).hasSize(2);
        assertThat(dialogs.passphraseProblems.get(0)).isEmpty();
        assertThat(dialogs.passphraseProblems.get(1)).isNotBlank().doesNotContain("\n");
        assertThat(signalbox.settings().urls(ventas.id()).get(0).auth()).isEqualTo(new Auth.Bearer(Secret.of("tok_live_8f2a")));
    }

    @Test
    void cancellingThePassphraseImportsNothing() {
        dialogs.importFile = export(SecretsMode.ENCRYPTED, "correct horse battery");
        importer.importFile();
        assertThat(dialogs.passphraseProblems).hasSize(1);
        assertThat(dialogs.previews).isEmpty();
        assertThat(status.messageProperty().get()).isEqualTo("Import cancelled: nothing was changed");
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedInOneLine() throws Exception {
        Path file = files.resolve("notes.json");
        Files.writeString(file, "{\"hello\": ");
        dialogs.importFile = file;
        importer.importFile();
        assertThat(dialogs.refusals).isNotEmpty();
        assertThat(dialogs.refusals.get(0)).startsWith("The document was refused");
        assertThat(dialogs.previews).isEmpty();
    }

    private static NotificationUrl withAuth(NotificationUrl url, Auth auth) {
        return new NotificationUrl(url.id(), url.botId(), url.url(), url.subscription(), auth, url.enabled(),
                url.description(), url.headers(), url.timeoutSeconds());
    }

    /** The tree as "name | detail" lines, depth first. */
    static List<String> flatten(List<PreviewRow> rows) {
        List<String> lines = new ArrayList<>();
        for (PreviewRow row : rows) {
            lines.add(row.detail().isEmpty() ? row.name() : row.name() + " | " + row.detail());
            lines.addAll(flatten(row.children()));
        }
        return lines;
    }
}
