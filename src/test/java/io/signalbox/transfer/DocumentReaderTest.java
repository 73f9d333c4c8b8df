package io.signalbox.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.NotificationUrl;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    private final DocumentReader reader = new DocumentReader();
    private final SampleConfiguration sample = new SampleConfiguration();

    private ReadDocument read(String document, String passphrase) throws Exception {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        return reader.read(new ByteArrayInputStream(bytes), bytes.length,
                passphrase == null ? null : passphrase.toCharArray(), TransferProgress.none());
    }

    private String export(DocumentSecrets secrets) throws Exception {
        return DocumentWriterTest.write(secrets, PASSPHRASE.toCharArray(), sample.bots(), sample.urls);
    }

    @Test
    void readsBackEveryBotAndUrlAPlainExportHolds() throws Exception {
        ReadDocument document = read(export(DocumentSecrets.PLAIN), null);

        assertThat(document.secrets()).isEqualTo(DocumentSecrets.PLAIN);
        assertThat(document.bots()).extracting(DocumentBot::bot)
                .containsExactlyInAnyOrder(sample.ventas, sample.soporte, sample.vacio);
        List<NotificationUrl> urls = new ArrayList<>();
        document.bots().forEach(bot -> bot.urls().forEach(url -> urls.add(url.toNotificationUrl(bot.bot().id(), null))));
        assertThat(urls).containsExactlyInAnyOrderElementsOf(sample.urls);
    }

    @Test
    void omittedSecretsComeBackAsNotGiven() throws Exception {
        ReadDocument document = read(export(DocumentSecrets.OMITTED), null);

        assertThat(document.bots()).flatExtracting(DocumentBot::urls)
                .allSatisfy(url -> assertThat(url.secretGiven()).isFalse());
        assertThat(document.bots().get(0).urls()).extracting(DocumentUrl::secretPath)
                .containsExactly("$.bots[0].notificationUrls[0].auth.type", "$.bots[0].notificationUrls[1].auth.value");
    }

    @Test
    void encryptedSecretsOpenWithThePassphraseTypedInAnotherUnicodeForm() throws Exception {
        String composed = "contraseña segura";
        String decomposed = "contrasen\u0303a segura";
        String document = DocumentWriterTest.write(DocumentSecrets.ENCRYPTED, composed.toCharArray(), sample.bots(),
                sample.urls);

        ReadDocument read = reader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), 0,
                decomposed.toCharArray(), TransferProgress.none());

        assertThat(read.bots()).flatExtracting(DocumentBot::urls).extracting(url -> url.auth().secret() == null
                ? null : url.auth().secret().reveal())
                .contains(SampleConfiguration.BEARER_TOKEN, SampleConfiguration.SIGNING_SECRET);
    }

    @Test
    void aWrongPassphraseIsToldApartFromAnAlteredValue() throws Exception {
        String document = export(DocumentSecrets.ENCRYPTED);

        assertThatThrownBy(() -> read(document, PASSPHRASE + "x"))
                .isInstanceOfSatisfying(PassphraseException.class, e -> assertThat(e.isMissing()).isFalse());
        assertThatThrownBy(() -> read(document, null))
                .isInstanceOfSatisfying(PassphraseException.class, e -> assertThat(e.isMissing()).isTrue());

        // Swap the sealed token and password between two URLs: each is bound to its own URL and field.
        Matcher sealed = Pattern.compile("\\{\"enc\": \"([^\"]+)\"").matcher(document);
        List<String> values = new ArrayList<>();
        while (sealed.find()) {
            values.add(sealed.group(1));
        }
        String swapped = document.replace(values.get(0), "@").replace(values.get(1), values.get(0)).replace("@", values.get(1));

        assertThatThrownBy(() -> read(swapped, PASSPHRASE))
                .isInstanceOfSatisfying(DocumentInvalidException.class, e -> assertThat(e.problems()).containsExactly(
                        "$.bots[0].notificationUrls[1].auth.value: the sealed value does not open with this passphrase: "
                                + "it was altered or moved from another URL or field",
                        "$.bots[1].notificationUrls[0].auth.password: the sealed value does not open with this "
                                + "passphrase: it was altered or moved from another URL or field"));
    }

    @Test
    void aHeadWrittenAfterTheBotsIsStillRead() throws Exception {
        String document = """
                {"bots": [{"id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "name": "Late head", "notificationUrls": [
                  {"id": "6fa459ea-ee8a-3ca4-894e-db77e160355e", "url": "https://a.example.com/", "events": ["ALL"],
                   "auth": {"type": "BEARER", "token": "t-1"}}]}],
                 "secrets": "plain", "exportedAt": "2026-12-04T19:00:00Z", "version": 1, "format": "signalbox.config"}
                """;

        ReadDocument read = read(document, null);

        DocumentUrl url = read.bots().get(0).urls().get(0);
        assertThat(url.auth().secret().reveal()).isEqualTo("t-1");
        assertThat(url.enabled()).isTrue();
        assertThat(url.timeoutSeconds()).isEqualTo(10);
        assertThat(url.headers()).isEmpty();
    }

    @Test
    void theHeadTellsTheSecretsModeAndCountsTheBots() throws Exception {
        DocumentHead head = reader.readHead(new ByteArrayInputStream(export(DocumentSecrets.ENCRYPTED)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(head).isEqualTo(new DocumentHead(DocumentSecrets.ENCRYPTED, 3));
    }

    @Test
    void aLargeDocumentReportsProgressByBytesUpToTheEnd() throws Exception {
        StringBuilder bots = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            bots.append(i == 0 ? "" : ",").append(String.format("{\"id\": \"%08x-0000-4000-8000-000000000000\", "
                    + "\"name\": \"Bot %d\", \"notificationUrls\": []}", i, i));
        }
        String document = "{\"format\": \"signalbox.config\", \"version\": 1, \"exportedAt\": \"2026-12-04T19:00:00Z\", "
                + "\"secrets\": \"omitted\", \"bots\": [" + bots + "]}";
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        List<long[]> reports = new ArrayList<>();

        ReadDocument read = reader.read(new ByteArrayInputStream(bytes), bytes.length, null,
                (done, total) -> reports.add(new long[] {done, total}));

        assertThat(read.bots()).hasSize(2000);
        assertThat(reports).hasSizeGreaterThan(10).allSatisfy(report -> assertThat(report[1]).isEqualTo(bytes.length));
        assertThat(reports).extracting(report -> report[0]).isSorted();
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(bytes.length);
    }

    @Test
    void theSchemaInDocsIsTheOneImportUses() throws Exception {
        byte[] shipped;
        try (var in = DocumentSchema.class.getResourceAsStream(DocumentSchema.RESOURCE)) {
            shipped = in.readAllBytes();
        }

        assertThat(Files.readAllBytes(Path.of("docs", "signalbox-config.schema.json"))).isEqualTo(shipped);
    }
}
