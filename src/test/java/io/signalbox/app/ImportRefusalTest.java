package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.transfer.SampleConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of broken document is refused whole, with the JSON path of what is wrong, and the store stays as it was. */
class ImportRefusalTest {

    /** A valid document that would add two bots and three URLs to the sample store. */
    static final String VALID = """
            {
              "format": "signalbox.config",
              "version": 1,
              "exportedAt": "2026-12-04T19:00:00Z",
              "secrets": "plain",
              "bots": [
                {
                  "id": "aaaaaaaa-0000-4000-8000-000000000001",
                  "name": "Cobranzas Colombia",
                  "platformBotId": "bot-3310",
                  "description": "",
                  "notificationUrls": [
                    {
                      "id": "bbbbbbbb-0000-4000-8000-000000000001",
                      "url": "https://cobros.example.co/hook",
                      "events": ["READ", "FAILED"],
                      "enabled": true,
                      "description": "Cobros",
                      "headers": {"X-Tenant": "co"},
                      "timeoutSeconds": 10,
                      "auth": {"type": "SIGNATURE", "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}
                    },
                    {
                      "id": "bbbbbbbb-0000-4000-8000-000000000002",
                      "url": "https://cobros.example.co/replies",
                      "events": ["REPLY"],
                      "enabled": false,
                      "description": "",
                      "headers": {},
                      "timeoutSeconds": 20,
                      "auth": {"type": "BEARER", "token": "tok-co-1"}
                    }
                  ]
                },
                {
                  "id": "aaaaaaaa-0000-4000-8000-000000000002",
                  "name": "Onboarding México",
                  "platformBotId": "",
                  "description": "",
                  "notificationUrls": [
                    {
                      "id": "bbbbbbbb-0000-4000-8000-000000000003",
                      "url": "https://onboarding.example.mx/hook",
                      "events": ["ALL"],
                      "enabled": true,
                      "description": "",
                      "headers": {},
                      "timeoutSeconds": 10,
                      "auth": {"type": "NONE"}
                    }
                  ]
                }
              ]
            }
            """;

    private static final String URL0 = "$.bots[0].notificationUrls[0]";

    @TempDir
    Path dir;

    private TransferStore store;
    private String before;

    @BeforeEach
    void aStoreWithTheSampleConfiguration() {
        store = new TransferStore(dir.resolve("store")).seed(new SampleConfiguration());
        before = store.export(SecretsMode.PLAIN);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void theValidDocumentImports() throws Exception {
        assertThat(store.importFile(TransferStore.file(dir, "valid.json", VALID), false))
                .isEqualTo(new ImportOutcome(5, 0, 0));
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                text("truncated JSON", document -> document.substring(0, document.indexOf("\"REPLY\"")),
                        "$.bots[0].notificationUrls[1].events: the document ends too early, inside a list (line 26, column 22): "
                                + "the file was cut short"),
                text("empty file", document -> "", "$: the file is empty: a Signalbox configuration is a JSON object"),
                text("a JSON list, not an object", document -> "[1, 2]",
                        "$: a Signalbox configuration is a JSON object, but this file starts with something else (line 1, column 1)"),
                text("text after the document", document -> document + "{}", "$: more content after the end of the document (line 55, column 1)"),
                text("a field twice", document -> document.replace("\"version\": 1,", "\"version\": 1, \"version\": 1,"),
                        "$.version: the field “version” appears twice (line 3, column 26)"),
                tree("wrong format", root -> root.put("format", "other.config"),
                        "$.format: this is not a Signalbox configuration (format must be “signalbox.config”, not \"other.config\")"),
                tree("wrong version", root -> root.put("version", 2),
                        "$.version: version 2 is not supported: this Signalbox reads version 1"),
                tree("unknown secrets mode", root -> root.put("secrets", "clear"),
                        "$.secrets: must be one of omitted, plain, encrypted (not “clear”)"),
                url("bad URL scheme", url -> url.put("url", "ftp://cobros.example.co/hook"),
                        URL0 + ".url: scheme must be http or https"),
                url("missing host", url -> url.put("url", "https:///hook"),
                        URL0 + ".url: the URL needs a host, such as https://crm.example.com/hook"),
                url("unknown event", url -> url.putArray("events").add("READ").add("SENT"),
                        URL0 + ".events[1]: must be one of READ, FAILED, REPLY, ALL (not “SENT”)"),
                url("ALL beside another event", url -> url.putArray("events").add("ALL").add("READ"),
                        URL0 + ".events: All already includes every event: choose All alone, or only Read, Failed and Reply"),
                url("no events", url -> url.putArray("events"), URL0 + ".events: needs at least 1 element(s)"),
                url("CR/LF in a header value", url -> url.putObject("headers").put("X-Tenant", "co\r\nX-Evil: 1"),
                        URL0 + ".headers['X-Tenant']: line breaks are not allowed in headers"),
                url("reserved header Host", url -> url.putObject("headers").put("Host", "evil.example.com"),
                        URL0 + ".headers.Host: Host is set by Signalbox itself and cannot be an extra header"),
                url("reserved header Content-Length", url -> url.putObject("headers").put("Content-Length", "5"),
                        URL0 + ".headers['Content-Length']: Content-Length is set by Signalbox itself and cannot be an extra header"),
                url("unknown auth type", url -> url.putObject("auth").put("type", "DIGEST").put("secret", "x"),
                        URL0 + ".auth.type: must be one of NONE, BASIC, BEARER, API_KEY, SIGNATURE, OAUTH2_CLIENT_CREDENTIALS (not “DIGEST”)"),
                url("a signing secret without whsec_", url -> url.putObject("auth").put("type", "SIGNATURE").put("secret", "MfKQ9r8GKYqrTwjUPD8I"),
                        URL0 + ".auth.secret: a signing secret starts with whsec_"),
                url("a signing secret too short", url -> url.putObject("auth").put("type", "SIGNATURE").put("secret", "whsec_c2hvcnQ="),
                        URL0 + ".auth.secret: a signing secret decodes to 24–64 bytes (this one has 5)"),
                url("timeout too short", url -> url.put("timeoutSeconds", 0), URL0 + ".timeoutSeconds: must be at least 1 (not 0)"),
                url("timeout too long", url -> url.put("timeoutSeconds", 61), URL0 + ".timeoutSeconds: must be at most 60 (not 61)"),
                url("a field the format does not have", url -> url.put("retries", 3),
                        URL0 + ".retries: is not a field here (check its spelling)"),
                url("a missing auth", url -> url.remove("auth"), URL0 + ".auth: is required"),
                url("a secret of the wrong type", url -> url.putObject("auth").put("type", "BEARER").put("token", 42),
                        URL0 + ".auth.token: is an integer; null or a string or an object expected"),
                url("a bad URL id", url -> url.put("id", "bbbbbbbb-0000-4000-8000-00000000000g"),
                        URL0 + ".id: is not a UUID (such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427)"),
                tree("blank name", root -> Documents.bot(root, 0).put("name", " \u00a0 "), "$.bots[0].name: a bot needs a name"),
                tree("bad bot UUID", root -> Documents.bot(root, 1).put("id", "not-a-uuid"),
                        "$.bots[1].id: is not a UUID (such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427)"),
                tree("duplicate bot ids", root -> Documents.bot(root, 1).put("id", "aaaaaaaa-0000-4000-8000-000000000001"),
                        "$.bots[1].id: the bot id aaaaaaaa-0000-4000-8000-000000000001 is also the id of $.bots[0]"),
                tree("duplicate names ignoring case", root -> Documents.bot(root, 1).put("name", "  COBRANZAS colombia"),
                        "$.bots[1].name: the name “COBRANZAS colombia” is also the name of $.bots[0] (names are compared ignoring case)"),
                tree("duplicate URL ids across bots", root -> Documents.url(root, 1, 0).put("id", "bbbbbbbb-0000-4000-8000-000000000002"),
                        "$.bots[1].notificationUrls[0].id: the URL id bbbbbbbb-0000-4000-8000-000000000002 is also the id of "
                                + "$.bots[0].notificationUrls[1]"),
                tree("a sealed secret in a plain document", root -> Documents.url(root, 0, 1).putObject("auth")
                                .put("type", "BEARER").putObject("token").put("enc", "A".repeat(40)).put("kdf", "$.encryption"),
                        "$.bots[0].notificationUrls[1].auth.token: a sealed secret in a document whose secrets are plain"),
                tree("encrypted without its header", root -> root.put("secrets", "encrypted"),
                        "$.encryption: is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void isRefusedWithThePathAndTheStoreUnchanged(String name, byte[] document, String expected) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.write(file, document);

        assertThatThrownBy(() -> store.transfer.apply(store.prepare(file, true), ProgressListener.none()))
                .isInstanceOfSatisfying(DocumentRefusedException.class, refused -> {
                    assertThat(refused.getMessage()).startsWith("The document was refused: ").doesNotContain("\n");
                    if (expected != null) {
                        assertThat(refused.problems()).contains(expected);
                    }
                    assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem).startsWith("$").doesNotContain("\n"));
                });
        assertThat(store.export(SecretsMode.PLAIN)).isEqualTo(before);
    }

    @Test
    void binaryGarbageIsRefusedInOneLineWithItsPosition() throws Exception {
        Path file = dir.resolve("image.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff});

        assertThatThrownBy(() -> store.prepare(file, false))
                .isInstanceOfSatisfying(DocumentRefusedException.class, refused ->
                        assertThat(refused.problems()).singleElement().asString()
                                .matches("\\$: (not valid JSON at line 1, column \\d+|not valid UTF-8 text \\(near byte \\d+\\): is this a JSON file\\?)"));
        assertThat(store.export(SecretsMode.PLAIN)).isEqualTo(before);
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() throws Exception {
        String broken = Documents.edit(VALID, root -> {
            Documents.bot(root, 0).put("name", "");
            Documents.url(root, 0, 0).put("url", "ftp://x");
            Documents.url(root, 0, 1).put("timeoutSeconds", 99);
            Documents.url(root, 1, 0).putObject("headers").put("Host", "x");
        });

        assertThatThrownBy(() -> store.prepare(TransferStore.file(dir, "broken.json", broken), false))
                .isInstanceOfSatisfying(DocumentRefusedException.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("The document was refused: 4 problems.");
                    assertThat(refused.problems()).containsExactly(
                            "$.bots[0].notificationUrls[1].timeoutSeconds: must be at most 60 (not 99)",
                            "$.bots[0].name: a bot needs a name",
                            "$.bots[0].notificationUrls[0].url: scheme must be http or https",
                            "$.bots[1].notificationUrls[0].headers.Host: Host is set by Signalbox itself and cannot be an extra header");
                });
    }

    private static Arguments text(String name, Function<String, String> change, String expected) {
        return Arguments.of(name, change.apply(VALID).getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Arguments tree(String name, Consumer<ObjectNode> change, String expected) {
        return Arguments.of(name, Documents.edit(VALID, change).getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Arguments url(String name, Consumer<ObjectNode> change, String expected) {
        return tree(name, root -> change.accept(Documents.url(root, 0, 0)), expected);
    }
}
