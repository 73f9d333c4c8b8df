package io.signalbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.ui.transfer.PreviewRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import atlantafx.base.controls.Notification;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export and Import in the real window: dialogs, the preview before applying, refusals. */
class ExportImportTest extends WindowTest {

    @TempDir
    Path folder;

    private UUID ventasId;

    @Override
    void seed(Signalbox store) {
        Bot ventas = store.settings().createBot("Ventas Ecuador", "bot-4821", "");
        store.settings().createBot("Soporte Perú", "bot-1177", "");
        ventasId = ventas.id();
        store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), ventas.id(), "https://crm.example.com/a",
                Subscription.all(), new Auth.Bearer(Secret.of("tok_live_8f2a")), true, "CRM", Map.of(), 10));
    }

    /** Exports the whole store through the dialog, secrets left out, and waits for the notice. */
    private Path exportStore() {
        Path file = folder.resolve("exported.json");
        files.saveAnswer = file;
        waitUntil(() -> botList().getItems().size() == 2);
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        assertThat(lookup("#omittedRadio").queryAs(RadioButton.class).isSelected()).isTrue();
        clickOn("#exportDialogSave");
        waitUntil(() -> isShowing("#exportNotice"));
        return file;
    }

    /** The changed file of the issue: a URL's timeout, a bot's description, a new bot. */
    private static void change(Path file) {
        JsonFiles.edit(file, root -> {
            JsonFiles.firstUrl(JsonFiles.bot(root, "Ventas Ecuador")).put("timeoutSeconds", 20);
            JsonFiles.bot(root, "Soporte Perú").put("description", "Mesa de ayuda");
            JsonFiles.addBot(root, UUID.randomUUID().toString(), "Cobranzas", "col-9");
        });
    }

    private void openImport(Path file) {
        files.openAnswer = file;
        shortcut(KeyCode.CONTROL, KeyCode.I);
    }

    /** The preview tree as the operator reads it: "name | change" per row, groups first. */
    private List<String> previewRows() {
        TreeTableView<PreviewRow> tree = lookup("#previewTree").query();
        List<String> rows = new ArrayList<>();
        collect(tree.getRoot(), rows);
        return rows;
    }

    private static void collect(TreeItem<PreviewRow> item, List<String> rows) {
        for (TreeItem<PreviewRow> child : item.getChildren()) {
            PreviewRow row = child.getValue();
            rows.add(row.detail().isEmpty() ? row.name() : row.name() + " | " + row.detail());
            collect(child, rows);
        }
    }

    private List<String> storedBotNames() {
        return signalbox.settings().bots().stream().map(BotSummary::bot).map(Bot::name).toList();
    }

    @Test
    void exportThenImportAChangedFileShowsTheChangesBeforeApplyingThem() throws IOException {
        Path file = exportStore();

        assertThat(files.suggestedNames).containsExactly("signalbox-config-" + LocalDate.now() + ".json");
        assertThat(Files.readString(file)).contains("\"Ventas Ecuador\"", "\"Soporte Perú\"", "https://crm.example.com/a")
                .doesNotContain("tok_live_8f2a");
        Notification notice = lookup("#exportNotice").query();
        assertThat(notice.getMessage()).contains("2 bots", "1 notification URL", file.toString());
        assertThat(textOf("#statusLabel")).isEqualTo(notice.getMessage());

        change(file);
        openImport(file);
        waitUntil(() -> isShowing("#previewTree"));
        assertThat(textOf("#previewSummary")).isEqualTo("1 to add, 2 to change, 0 to delete");
        assertThat(previewRows()).containsExactly(
                "Add (1)", "Cobranzas | bot",
                "Change (2)",
                "Soporte Perú | bot", "description | \"\" → \"Mesa de ayuda\"",
                "https://crm.example.com/a | URL of “Ventas Ecuador”", "timeoutSeconds | 10 → 20");
        assertThat(storedBotNames()).as("nothing applied before Apply").containsExactly("Soporte Perú", "Ventas Ecuador");

        clickOn("#importPreviewSave");
        waitUntil(() -> botNames().contains("Cobranzas"));
        assertShows(botNames(), "Cobranzas", "Soporte Perú", "Ventas Ecuador");
        assertThat(textOf("#statusLabel")).isEqualTo("Imported exported.json: 1 added, 2 changed, 0 deleted");

        selectBot("Soporte Perú");
        waitUntil(() -> textOf("#botDescriptionLabel").equals("Mesa de ayuda"));
        selectBot("Ventas Ecuador");
        waitUntil(() -> urlTable().getItems().size() == 1);
        clickOn("https://crm.example.com/a");
        type(KeyCode.ENTER);
        assertThat(textOf("#timeoutField")).isEqualTo("20");
        clickOn("#urlEditorCancel");
    }

    @Test
    void cancelInThePreviewChangesNothing() {
        Path file = exportStore();
        change(file);
        openImport(file);
        waitUntil(() -> isShowing("#previewTree"));
        assertThat(previewRows()).contains("timeoutSeconds | 10 → 20");

        clickOn("#importPreviewCancel");
        waitUntil(() -> !isShowing("#previewTree"));
        assertThat(textOf("#statusLabel")).isEqualTo("Import cancelled: nothing was changed");
        assertShows(botNames(), "Soporte Perú", "Ventas Ecuador");
        assertThat(storedBotNames()).containsExactly("Soporte Perú", "Ventas Ecuador");
        assertThat(signalbox.settings().urls(ventasId).get(0).timeoutSeconds()).isEqualTo(10);
    }

    @Test
    void aRefusedDocumentShowsEachProblemWithItsJsonPathAndChangesNothing() {
        Path file = exportStore();
        JsonFiles.edit(file, root -> {
            JsonFiles.firstUrl(JsonFiles.bot(root, "Ventas Ecuador")).put("url", "ftp://crm.example.com/a");
            JsonFiles.firstUrl(JsonFiles.bot(root, "Ventas Ecuador")).put("description", "changed too");
        });
        openImport(file);
        waitUntil(() -> isShowing("#refusedProblems"));

        DialogPane refused = lookup("#refusedDialog").query();
        assertThat(refused.getHeaderText()).isEqualTo("The document was refused: 1 problem.");
        String problems = lookup("#refusedProblems").queryAs(TextArea.class).getText();
        assertThat(problems).startsWith("$.bots[1].notificationUrls[0].url: ").contains("http");
        clickOn(refused.lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil(() -> !isShowing("#refusedDialog"));
        assertThat(textOf("#statusLabel")).contains("refused", "Nothing was changed");
        assertThat(isShowing("#previewTree")).isFalse();
        assertThat(signalbox.settings().urls(ventasId).get(0).url()).isEqualTo("https://crm.example.com/a");
        assertThat(signalbox.settings().urls(ventasId).get(0).description()).isEqualTo("CRM");
    }

    @Test
    void plainTextSecretsComeWithAWarningAndEncryptionWithAPassphraseTypedTwice() {
        waitUntil(() -> botList().getItems().size() == 2);
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        assertThat(isShowing("#plainWarningLabel")).isFalse();
        assertThat(isDisabled("#exportDialogSave")).isFalse();

        clickOn("#plainRadio");
        assertThat(isShowing("#plainWarningLabel")).isTrue();
        assertThat(textOf("#plainWarningLabel")).contains("Anyone who can read this file");

        clickOn("#encryptedRadio");
        assertThat(isShowing("#plainWarningLabel")).isFalse();
        assertThat(isDisabled("#exportDialogSave")).isTrue();
        typeSecret("#passphraseField", "short");
        assertThat(textOf("#exportProblemLabel")).isEqualTo("The passphrase needs at least 8 characters.");
        typeSecret("#passphraseField", "correct horse");
        typeSecret("#confirmField", "correct hose");
        assertThat(textOf("#exportProblemLabel")).isEqualTo("The passphrases do not match.");
        assertThat(isDisabled("#exportDialogSave")).isTrue();
        typeSecret("#confirmField", "correct horse");
        assertThat(isDisabled("#exportDialogSave")).isFalse();
        clickOn("#exportDialogCancel");
        waitUntil(() -> !isShowing("#exportDialogSave"));
        assertThat(files.suggestedNames).as("cancelled before the file chooser").isEmpty();
    }

    @Test
    void anEncryptedExportOfTheSelectedBotImportsWithItsPassphraseAfterAWrongOne() throws IOException {
        Path file = folder.resolve("ventas.json");
        files.saveAnswer = file;
        waitUntil(() -> botList().getItems().size() == 2);
        selectBot("Ventas Ecuador");
        clickOn("#menuBar .menu");
        clickOn("Export selected bot…");
        assertThat(lookup("#scopeBotRadio").queryAs(RadioButton.class).isSelected()).isTrue();
        clickOn("#encryptedRadio");
        typeSecret("#passphraseField", "correct horse");
        typeSecret("#confirmField", "correct horse");
        clickOn("#exportDialogSave");
        waitUntil(() -> isShowing("#exportNotice"));
        assertThat(files.suggestedNames).containsExactly("signalbox-ventas-ecuador-" + LocalDate.now() + ".json");
        assertThat(Files.readString(file)).contains("\"encrypted\"", "Ventas Ecuador").doesNotContain("Soporte", "tok_live_8f2a");

        NotificationUrl stored = signalbox.settings().urls(ventasId).get(0);
        signalbox.settings().updateUrl(new NotificationUrl(stored.id(), stored.botId(), stored.url(), stored.subscription(),
                new Auth.Bearer(Secret.of("replaced")), stored.enabled(), stored.description(), stored.headers(),
                stored.timeoutSeconds()));
        openImport(file);
        waitUntil(() -> isShowing("#importPassphraseField"));
        assertThat(isShowing("#passphraseProblem")).isFalse();
        typeSecret("#importPassphraseField", "wrong horse");
        clickOn("#passphraseDialogSave");
        waitUntil(() -> isShowing("#passphraseProblem"));
        assertThat(textOf("#passphraseProblem")).isNotBlank().doesNotContain("\n");
        typeSecret("#importPassphraseField", "correct horse");
        clickOn("#passphraseDialogSave");
        waitUntil(() -> isShowing("#previewTree"));
        assertThat(previewRows()).contains("auth.token | " + Secret.MASK + " → (changed)");
        clickOn("#importPreviewSave");
        waitForStore(() -> signalbox.settings().urls(ventasId).get(0).auth().equals(new Auth.Bearer(Secret.of("tok_live_8f2a"))));
    }
}
