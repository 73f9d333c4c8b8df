package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.delivery.RecordingServer;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's promise (see store's SecretsAtRestTest) holds for the test delivery history too: after
 * real calls with every secret-bearing auth kind, no secret, no OAuth2 token and no Basic credential
 * is in any file of the data directory, while the masked requests are.
 */
class HistorySecretsAtRestTest {

    private static final String PASSWORD = "Basic-Pw-Hq81-geheim";
    private static final String BEARER = "Bearer-Tok-Hr42-9x8y7z";
    private static final String API_KEY = "ApiKey-Val-Hm55-p0o9";
    private static final String CLIENT_SECRET = "Client-Sec-Hk77-ñandú";
    private static final String ACCESS_TOKEN = "Access-Tok-Hj99-issued";
    private static final String SIGNING = "whsec_" + Base64.getEncoder().encodeToString(
            "History-Key-Hv66-32-bytes-long!!".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    @Test
    void noSecretOrTokenOfAnyCallReachesTheDataDirectory() throws IOException {
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, BEARER, API_KEY, CLIENT_SECRET, ACCESS_TOKEN, SIGNING,
                Base64.getEncoder().encodeToString(("operador:" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
        try (RecordingServer server = RecordingServer.http()
                .on("/token", RecordingServer.answer(200, "{\"access_token\":\"" + ACCESS_TOKEN
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":600}", "Content-Type", "application/json"))
                .on("/hook", RecordingServer.answer(200, "{\"ok\":true}"));
             Signalbox app = Signalbox.open(dir)) {
            Bot bot = app.settings().createBot("Ventas", "", "");
            List<Auth> auths = List.of(new Auth.Basic("operador", Secret.of(PASSWORD)),
                    new Auth.Bearer(Secret.of(BEARER)), new Auth.ApiKey("X-Partner-Key", Secret.of(API_KEY)),
                    new Auth.Signature(Secret.of(SIGNING)),
                    new Auth.OAuth2Client(server.url("/token"), "client-1", Secret.of(CLIENT_SECRET), "hooks"));
            for (Auth auth : auths) {
                NotificationUrl url = app.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(),
                        server.url("/hook"), Subscription.all(), auth, true, "", Map.of(), 10));
                DeliveryRecord record = app.testDelivery().send(bot.id(), url.id(),
                        app.testDelivery().samplePayload(EventType.READ, PayloadValues.defaults())).await();
                assertThat(record.succeeded()).as(auth.kind().name()).isTrue();
                assertThat(app.testDelivery().history(url.id())).hasSize(1);
            }
            // The calls really carried the secrets: the test would notice if they had gone missing.
            assertThat(server.requests()).anySatisfy(r -> assertThat(r.header("authorization")).contains(BEARER));
            assertThat(server.requests()).anySatisfy(r -> assertThat(r.header("authorization")).contains(ACCESS_TOKEN));
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals("secret.key"))
                    .toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString()).contains("signalbox.mv.db");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : secrets) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE)) {
                    assertThat(indexOf(bytes, secret.getBytes(charset)))
                            .as("%s must not hold %s in %s", file.getFileName(), secret, charset).isEqualTo(-1);
                }
            }
        }
        byte[] database = Files.readAllBytes(dir.resolve("signalbox.mv.db"));
        assertThat(indexOf(database, "X-Partner-Key".getBytes(StandardCharsets.UTF_8)))
                .as("the masked requests are stored, found the same way").isNotNegative();
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
