package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.transfer.SampleConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTransferTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    private final SampleConfiguration sample = new SampleConfiguration();

    @Test
    void plainExportImportedIntoAnEmptyStoreExportsTheSameDocument() throws Exception {
        String original;
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample)) {
            original = source.export(SecretsMode.PLAIN);
        }
        Path file = TransferStore.file(dir, "plain.json", original);
        try (TransferStore target = new TransferStore(dir.resolve("b"))) {
            ImportPreview preview = target.prepare(file, false);

            assertThat(preview.plan().count(PlanAction.ADD)).isEqualTo(3 + 6);
            assertThat(preview.plan().count(PlanAction.CHANGE)).isZero();
            ImportOutcome outcome = target.transfer.apply(preview, ProgressListener.none());

            assertThat(outcome).isEqualTo(new ImportOutcome(9, 0, 0));
            assertThat(target.export(SecretsMode.PLAIN)).isEqualTo(original);
            Bot ventas = target.settings.findBot(sample.ventas.name()).orElseThrow();
            assertThat(target.settings.urls(ventas.id())).extracting(url -> url.auth().secret().reveal())
                    .contains(SampleConfiguration.BEARER_TOKEN, SampleConfiguration.SIGNING_SECRET,
                            SampleConfiguration.CLIENT_SECRET, SampleConfiguration.BASIC_PASSWORD);
        }
    }

    @Test
    void importingTheSameDocumentTwiceChangesNothingTheSecondTime() throws Exception {
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample);
             TransferStore target = new TransferStore(dir.resolve("b"))) {
            Path file = TransferStore.file(dir, "plain.json", source.export(SecretsMode.PLAIN));
            target.importFile(file, false);
            String afterFirst = target.export(SecretsMode.PLAIN);

            ImportPreview second = target.prepare(file, true);
            assertThat(second.plan().isEmpty()).isTrue();
            assertThat(target.transfer.apply(second, ProgressListener.none())).isEqualTo(new ImportOutcome(0, 0, 0));
            assertThat(target.export(SecretsMode.PLAIN)).isEqualTo(afterFirst);
        }
    }

    @Test
    void anExportWithSecretsOmittedKeepsTheStoredSecretsOnImport() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            String plainBefore = store.export(SecretsMode.PLAIN);
            String omitted = store.export(SecretsMode.OMITTED);
            assertThat(omitted).doesNotContain(SampleConfiguration.BEARER_TOKEN);

            assertThat(store.prepare(TransferStore.file(dir, "same.json", omitted), false).plan().isEmpty()).isTrue();

            Path changed = TransferStore.file(dir, "changed.json",
                    omitted.replace("\"timeoutSeconds\": 30", "\"timeoutSeconds\": 45"));
            ImportPreview preview = store.prepare(changed, false);
            assertThat(preview.plan().entries()).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(PlanAction.CHANGE);
                assertThat(entry.target()).isEqualTo(PlanTarget.URL);
                assertThat(entry.label()).isEqualTo("https://analytics.example.com/v1/events");
                assertThat(entry.botName()).isEqualTo(sample.ventas.name());
                assertThat(entry.changes()).containsExactly(new FieldChange("timeoutSeconds", "30", "45"));
            });
            store.transfer.apply(preview, ProgressListener.none());

            assertThat(store.export(SecretsMode.PLAIN))
                    .isEqualTo(plainBefore.replace("\"timeoutSeconds\": 30", "\"timeoutSeconds\": 45"));
        }
    }

    @Test
    void anOmittedSecretTheStoreDoesNotHaveRefusesTheDocumentWithThePathOfEachSecret() throws Exception {
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample);
             TransferStore empty = new TransferStore(dir.resolve("b"))) {
            Path file = TransferStore.file(dir, "omitted.json", source.export(SecretsMode.OMITTED));

            assertThatThrownBy(() -> empty.prepare(file, false))
                    .isInstanceOfSatisfying(DocumentRefusedException.class, refused -> {
                        assertThat(refused.getMessage()).isEqualTo("The document was refused: 5 problems.");
                        String why = ": the document leaves this secret out (null) and the store has none for this URL: "
                                + "give it in the document";
                        assertThat(refused.problems()).containsExactly(
                                "$.bots[0].notificationUrls[1].auth.value" + why,
                                "$.bots[1].notificationUrls[0].auth.password" + why,
                                "$.bots[1].notificationUrls[1].auth.secret" + why,
                                "$.bots[1].notificationUrls[2].auth.token" + why,
                                "$.bots[1].notificationUrls[3].auth.clientSecret" + why);
                    });
            assertThat(empty.settings.bots()).isEmpty();
        }
    }

    @Test
    void anEncryptedExportRestoresItsSecretsWithThePassphrase() throws Exception {
        String plain;
        String encrypted;
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample)) {
            plain = source.export(SecretsMode.PLAIN);
            encrypted = source.export(new ExportRequest(SecretsMode.ENCRYPTED, Optional.empty(), Optional.of(PASSPHRASE)));
        }
        assertThat(encrypted).doesNotContain(SampleConfiguration.BEARER_TOKEN, SampleConfiguration.CLIENT_SECRET,
                "whsec_", "pässwörd");
        Path file = TransferStore.file(dir, "sealed.json", encrypted);
        try (TransferStore target = new TransferStore(dir.resolve("b"))) {
            assertThat(target.transfer.inspect(file)).isEqualTo(new DocumentInfo(SecretsMode.ENCRYPTED, 3));

            target.transfer.apply(target.transfer.prepare(file, new ImportOptions(false, Optional.of(PASSPHRASE)),
                    ProgressListener.none()), ProgressListener.none());

            assertThat(target.export(SecretsMode.PLAIN)).isEqualTo(plain);
        }
    }

    @Test
    void aWrongOrMissingPassphraseIsRefusedInOneLineAndChangesNothing() throws Exception {
        Path file;
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample)) {
            file = TransferStore.file(dir, "sealed.json",
                    source.export(new ExportRequest(SecretsMode.ENCRYPTED, Optional.empty(), Optional.of(PASSPHRASE))));
        }
        try (TransferStore target = new TransferStore(dir.resolve("b"))) {
            target.settings.createBot("Already here", "", "");
            String before = target.export(SecretsMode.PLAIN);

            assertThatThrownBy(() -> target.transfer.prepare(file,
                    new ImportOptions(false, Optional.of("correct horse battery stapler".toCharArray())),
                    ProgressListener.none()))
                    .isInstanceOf(WrongPassphraseException.class)
                    .hasMessage("The passphrase does not open this document's secrets. Nothing was changed.");
            assertThatThrownBy(() -> target.prepare(file, false))
                    .isInstanceOf(WrongPassphraseException.class)
                    .hasMessage("This document's secrets are encrypted: a passphrase is needed.");
            assertThat(target.export(SecretsMode.PLAIN)).isEqualTo(before);
        }
    }

    @Test
    void aShortPassphraseIsRefusedBeforeAnythingIsWritten() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            Path file = TransferStore.file(dir, "old.json", "previous content\n");

            assertThatThrownBy(() -> store.transfer.export(
                    new ExportRequest(SecretsMode.ENCRYPTED, Optional.empty(), Optional.of("short".toCharArray())),
                    file, ProgressListener.none()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessage("A passphrase needs at least 8 characters.");
            assertThat(Files.readString(file)).isEqualTo("previous content\n");
            assertThat(Files.list(dir)).extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("a", "old.json");
        }
    }

    @Test
    void exportToAFileReplacesItWholeAndReportsWhatItWrote() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            Path file = TransferStore.file(dir, "config.json", "an older export\n");

            ExportSummary summary = store.transfer.export(ExportRequest.allBots(SecretsMode.OMITTED), file,
                    ProgressListener.none());

            assertThat(summary).isEqualTo(new ExportSummary(3, 6, SecretsMode.OMITTED, Optional.of(file)));
            assertThat(Files.readString(file)).isEqualTo(store.export(SecretsMode.OMITTED));
            assertThat(Files.list(dir)).hasSize(2);
        }
    }

    @Test
    void exportIntoAMissingFolderFailsInOneLine() {
        try (TransferStore store = new TransferStore(dir.resolve("a"))) {
            Path file = dir.resolve("no-such-folder").resolve("config.json");

            assertThatThrownBy(() -> store.transfer.export(ExportRequest.allBots(SecretsMode.OMITTED), file,
                    ProgressListener.none()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessage("Cannot write " + file + ": no such file or folder");
        }
    }

    @Test
    void exportsOnlyTheChosenBot() {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            Bot soporte = store.settings.findBot("soporte perú").orElseThrow();

            String document = store.export(new ExportRequest(SecretsMode.OMITTED, Optional.of(soporte.id()), Optional.empty()));

            assertThat(document).contains("\"name\": \"soporte Perú\"", "https://soporte.example.pe/hook")
                    .doesNotContain("Ventas", "Ärger");
        }
    }

    @Test
    void replaceDeletesWhatTheDocumentDoesNotHoldAndMergeKeepsIt() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            Bot soporte = store.settings.findBot("soporte perú").orElseThrow();
            Path onlySoporte = TransferStore.file(dir, "soporte.json", store.export(
                    new ExportRequest(SecretsMode.OMITTED, Optional.of(soporte.id()), Optional.empty())));
            NotificationUrl extra = store.settings.addUrl(new NotificationUrl(UUID.randomUUID(), soporte.id(),
                    "https://extra.example.com/x", sample.urls.get(5).subscription(), sample.urls.get(5).auth(), true, "",
                    java.util.Map.of(), 10));

            assertThat(store.prepare(onlySoporte, false).plan().isEmpty()).isTrue();
            ImportPreview replace = store.prepare(onlySoporte, true);

            assertThat(replace.replace()).isTrue();
            assertThat(replace.plan().entries()).allSatisfy(entry -> assertThat(entry.action()).isEqualTo(PlanAction.DELETE))
                    .extracting(entry -> entry.target() + " " + entry.label())
                    .containsExactly("URL https://extra.example.com/x",
                            "BOT " + sample.ventas.name(),
                            "URL http://legacy.example.com/notify",
                            "URL https://analytics.example.com/v1/events",
                            "URL https://crm.example.com/hooks/whatsapp",
                            "URL https://erp.example.com/api/replies",
                            "BOT Ärger ohne URLs");
            assertThat(store.transfer.apply(replace, ProgressListener.none())).isEqualTo(new ImportOutcome(0, 0, 7));
            assertThat(store.settings.bots()).extracting(summary -> summary.bot().name()).containsExactly("soporte Perú");
            assertThat(store.settings.urls(soporte.id())).extracting(NotificationUrl::id).doesNotContain(extra.id());
        }
    }

    @Test
    void thePlanNamesEachChangedFieldOldToNewAndNeverShowsASecret() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            String changed = store.export(SecretsMode.PLAIN)
                    .replace("\"name\": \"soporte Perú\"", "\"name\": \"Soporte Perú 2\"")
                    .replace(SampleConfiguration.BEARER_TOKEN, "a-new-token-0001")
                    .replace("\"description\": \"CRM\"", "\"description\": \"CRM \\\"new\\\"\"");

            ImportPreview preview = store.prepare(TransferStore.file(dir, "changed.json", changed), false);

            List<String> lines = new ArrayList<>();
            preview.plan().entries().forEach(entry -> entry.changes().forEach(change ->
                    lines.add(entry.action() + " " + entry.label() + " " + change.field() + ": " + change.oldValue()
                            + " -> " + change.newValue())));
            assertThat(lines).containsExactly(
                    "CHANGE Soporte Perú 2 name: \"soporte Perú\" -> \"Soporte Perú 2\"",
                    "CHANGE https://crm.example.com/hooks/whatsapp description: \"CRM\" -> \"CRM \\\"new\\\"\"",
                    "CHANGE https://crm.example.com/hooks/whatsapp auth.token: •••••••• -> (changed)");
            assertThat(lines.toString()).doesNotContain("a-new-token", SampleConfiguration.BEARER_TOKEN);
        }
    }

    @Test
    void aBotIsMatchedByNameIgnoringCaseWhenItsIdIsNotInTheStore() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            Bot stored = store.settings.findBot("soporte perú").orElseThrow();
            String document = store.export(SecretsMode.OMITTED)
                    .replace(stored.id().toString(), "0e0e0e0e-0000-4000-8000-000000000001")
                    .replace("\"name\": \"soporte Perú\"", "\"name\": \"SOPORTE PERÚ\"");

            ImportPreview preview = store.prepare(TransferStore.file(dir, "renamed.json", document), false);
            store.transfer.apply(preview, ProgressListener.none());

            assertThat(preview.plan().entries()).singleElement()
                    .satisfies(entry -> assertThat(entry.changes()).containsExactly(
                            new FieldChange("name", "\"soporte Perú\"", "\"SOPORTE PERÚ\"")));
            assertThat(store.settings.findBot(stored.id().toString()).orElseThrow().name()).isEqualTo("SOPORTE PERÚ");
        }
    }

    @Test
    void twoBotsCanSwapTheirNamesInOneImport() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            String document = store.export(SecretsMode.OMITTED)
                    .replace("\"name\": \"soporte Perú\"", "\"name\": \"SWAP\"")
                    .replace("\"name\": \"Ärger ohne URLs\"", "\"name\": \"soporte Perú\"")
                    .replace("\"name\": \"SWAP\"", "\"name\": \"Ärger ohne URLs\"");

            store.importFile(TransferStore.file(dir, "swap.json", document), false);

            assertThat(store.settings.findBot("soporte perú").orElseThrow().platformBotId()).isEqualTo("bot-9");
            assertThat(store.settings.findBot("ärger ohne urls").orElseThrow().platformBotId()).isEmpty();
        }
    }

    @Test
    void aUrlFoundUnderAnotherBotMovesToTheBotTheDocumentPutsItUnder() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            Bot vacio = store.settings.findBot("ärger ohne urls").orElseThrow();
            // Cut the helpdesk URL out of soporte ($.bots[0]) and paste it into the empty bot ($.bots[2]).
            String document2 = Documents.edit(store.export(SecretsMode.OMITTED), root -> {
                var helpdesk = Documents.bot(root, 0).withArray("notificationUrls").remove(1);
                Documents.bot(root, 2).withArray("notificationUrls").add(helpdesk);
            });

            ImportPreview preview = store.prepare(TransferStore.file(dir, "moved.json", document2), false);
            store.transfer.apply(preview, ProgressListener.none());

            assertThat(preview.plan().entries()).singleElement().satisfies(entry ->
                    assertThat(entry.changes()).containsExactly(new FieldChange("bot", "\"soporte Perú\"", "\"Ärger ohne URLs\""))
            );
            assertThat(store.settings.urls(vacio.id())).extracting(url -> url.auth().secret().reveal())
                    .containsExactly(SampleConfiguration.API_KEY_VALUE);
        }
    }

    @Test
    void aStoreChangedBetweenPreviewAndApplyIsRefusedAndNothingIsWritten() throws Exception {
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample);
             TransferStore target = new TransferStore(dir.resolve("b"))) {
            ImportPreview preview = target.prepare(TransferStore.file(dir, "plain.json", source.export(SecretsMode.PLAIN)),
                    false);
            target.settings.createBot("soporte PERÚ", "", "made meanwhile");
            String before = target.export(SecretsMode.PLAIN);

            assertThatThrownBy(() -> target.transfer.apply(preview, ProgressListener.none()))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageStartingWith("The store changed since the import was previewed");
            assertThat(target.export(SecretsMode.PLAIN)).isEqualTo(before);
        }
    }

    @Test
    void aNameHeldByAStoredBotTheDocumentLeavesAloneIsRefusedUnlessReplacing() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("a")).seed(sample)) {
            String before = store.export(SecretsMode.PLAIN);
            // The document holds only the Ventas bot, renamed to the name of the stored soporte bot.
            String document = Documents.edit(before, root -> {
                root.withArray("bots").remove(2);
                root.withArray("bots").remove(0);
                Documents.bot(root, 0).put("name", "SOPORTE perú");
            });
            Path file = TransferStore.file(dir, "taken.json", document);

            assertThatThrownBy(() -> store.prepare(file, false))
                    .isInstanceOfSatisfying(DocumentRefusedException.class, refused ->
                            assertThat(refused.problems()).containsExactly("$.bots[0].name: another bot in the store is "
                                    + "already called “soporte Perú” and this document does not hold it: import with "
                                    + "replace, or rename one of them"));
            assertThat(store.export(SecretsMode.PLAIN)).isEqualTo(before);

            store.importFile(file, true);
            assertThat(store.settings.bots()).extracting(summary -> summary.bot().name()).containsExactly("SOPORTE perú");
            assertThat(store.settings.bots().get(0).urlCount()).isEqualTo(4);
        }
    }

    @Test
    void exportPrepareAndApplyReportProgressUpToTheirTotal() throws Exception {
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample);
             TransferStore target = new TransferStore(dir.resolve("b"))) {
            List<long[]> exported = new ArrayList<>();
            List<long[]> read = new ArrayList<>();
            List<long[]> applied = new ArrayList<>();
            Path file = dir.resolve("plain.json");

            source.transfer.export(ExportRequest.allBots(SecretsMode.PLAIN), file,
                    (done, total) -> exported.add(new long[] {done, total}));
            ImportPreview preview = target.transfer.prepare(file, ImportOptions.merge(),
                    (done, total) -> read.add(new long[] {done, total}));
            target.transfer.apply(preview, (done, total) -> applied.add(new long[] {done, total}));

            assertThat(exported).extracting(p -> p[0] + "/" + p[1]).containsExactly("1/3", "2/3", "3/3");
            assertThat(read.get(read.size() - 1)).containsExactly(Files.size(file), Files.size(file));
            assertThat(applied).hasSize(9).last().satisfies(p -> assertThat(p).containsExactly(9, 9));
        }
    }

    @Test
    void plainHttpToAnotherMachineIsWarnedAboutInThePlan() throws Exception {
        try (TransferStore source = new TransferStore(dir.resolve("a")).seed(sample);
             TransferStore target = new TransferStore(dir.resolve("b"))) {
            ImportPreview preview = target.prepare(TransferStore.file(dir, "plain.json", source.export(SecretsMode.PLAIN)),
                    false);

            assertThat(preview.plan().entries()).filteredOn(entry -> !entry.warnings().isEmpty())
                    .extracting(PlanEntry::label).containsExactly("http://legacy.example.com/notify");
        }
    }
}
