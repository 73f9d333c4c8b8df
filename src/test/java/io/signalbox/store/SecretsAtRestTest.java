package io.signalbox.store;

import static io.signalbox.domain.SubscriptionEvent.FAILED;
import static io.signalbox.domain.SubscriptionEvent.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of the store: secret fields never reach the disk in clear. Stores one URL per
 * secret-bearing auth kind, closes the store and reads every byte of every file in the data
 * directory except the key file.
 */
class SecretsAtRestTest {

    private static final String BASIC_PASSWORD = "Basic-Pw-Zq81-ÜberGeheim";
    private static final String BEARER_TOKEN = "Bearer-Tok-Xr42-7hd92kd8s0";
    private static final String API_KEY_VALUE = "ApiKey-Val-Wm55-q0p9o8i7";
    private static final String SIGNING_SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "Signing-Key-Vt66-32-bytes-long!!".getBytes(StandardCharsets.US_ASCII));
    private static final String CLIENT_SECRET = "Client-Sec-Yk77-ñandú-✓";

    private static final List<String> SECRETS = List.of(BASIC_PASSWORD, BEARER_TOKEN, API_KEY_VALUE, SIGNING_SECRET,
            CLIENT_SECRET);

    @TempDir
    Path dir;

    private static Map<String, String> headers(String tenant) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Tenant", tenant);
        headers.put("X-Quote", "say \"hola\" – ¿sí?");
        headers.put("A-Last-But-Alphabetically-First", "1");
        return headers;
    }

    private static List<NotificationUrl> urlsOf(UUID botId) {
        Subscription events = Subscription.of(READ, FAILED);
        return List.of(
                new NotificationUrl(UUID.randomUUID(), botId, "https://crm.example.com/basic", events,
                        new Auth.Basic("operador \"ops\" Ñ", Secret.of(BASIC_PASSWORD)), true, "Básico «uno»",
                        headers("ec"), 10),
                new NotificationUrl(UUID.randomUUID(), botId, "https://crm.example.com/bearer", Subscription.all(),
                        new Auth.Bearer(Secret.of(BEARER_TOKEN)), false, "", headers("pe"), 1),
                new NotificationUrl(UUID.randomUUID(), botId, "http://localhost:9000/api-key", events,
                        new Auth.ApiKey("X-Api-Key-Ñ".replace("Ñ", "N"), Secret.of(API_KEY_VALUE)), true, "clave",
                        Map.of(), 60),
                new NotificationUrl(UUID.randomUUID(), botId, "https://hooks.example.org/sig?x=1&y=2", events,
                        new Auth.Signature(Secret.of(SIGNING_SECRET)), true, "firmado\nen dos líneas", headers("co"), 30),
                new NotificationUrl(UUID.randomUUID(), botId, "https://crm.example.com/oauth", Subscription.all(),
                        new Auth.OAuth2Client("https://id.example.com/oauth2/token", "client-ü-1",
                                Secret.of(CLIENT_SECRET), "hooks.write hooks.read"), true, "", headers("mx"), 15));
    }

    @Test
    void noSecretOfAnyAuthKindIsWrittenToAnyFileInClear() throws IOException {
        Bot bot = Bot.create("  Ventas \"Ecuador\" – Ñandú 🚀 ", "bot-4821", "descripción «larga»");
        List<NotificationUrl> stored = urlsOf(bot.id());
        BotRepository bots = new BotRepository();
        try (Database database = Database.open(dir)) {
            NotificationUrlRepository urls = new NotificationUrlRepository(database.secretBox());
            // H2's most verbose file trace writes every statement with its parameters to signalbox.trace.db:
            // even there only sealed bytes may appear.
            database.read(connection -> connection.createStatement().execute("SET TRACE_LEVEL_FILE 3"));
            database.inTransaction(connection -> {
                bots.insert(connection, bot);
                for (NotificationUrl url : stored) {
                    urls.insert(connection, url);
                }
                return null;
            });
            // Edit one and fail a statement on purpose so that update paths and the trace file are covered too.
            database.inTransaction(connection -> urls.update(connection, stored.get(1)));
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                urls.insert(connection, stored.get(4));
                return null;
            })).isInstanceOf(StoreException.class);
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(SecretBox.KEY_FILE))
                    .toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString())
                .contains("signalbox.mv.db", "signalbox.trace.db");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : SECRETS) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    assertThat(indexOf(bytes, secret.getBytes(charset)))
                            .as("%s must not hold %s in %s", file.getFileName(), secret, charset)
                            .isEqualTo(-1);
                }
            }
        }

        // The check above must be able to fail: the non-secret text is in the file, found the same way.
        for (String file : List.of("signalbox.mv.db", "signalbox.trace.db")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            assertThat(indexOf(bytes, "hooks.example.org/sig".getBytes(StandardCharsets.UTF_8))).as(file).isNotNegative();
        }

        try (Database database = Database.open(dir)) {
            NotificationUrlRepository urls = new NotificationUrlRepository(database.secretBox());
            assertThat(database.read(connection -> bots.find(connection, bot.id())).orElseThrow())
                    .isEqualTo(bot)
                    .extracting(Bot::name).isEqualTo("Ventas \"Ecuador\" – Ñandú 🚀");
            List<NotificationUrl> back = database.read(connection -> urls.listByBot(connection, bot.id()));
            assertThat(back).containsExactlyElementsOf(stored);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(back.get(i).headers().keySet()).containsExactlyElementsOf(stored.get(i).headers().keySet());
                assertThat(back.get(i).auth().secret().reveal()).isEqualTo(SECRETS.get(i));
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
