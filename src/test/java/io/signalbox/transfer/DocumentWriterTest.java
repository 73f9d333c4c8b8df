package io.signalbox.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {

    private static final Instant AT = Instant.parse("2026-12-04T19:00:00Z");

    static String write(DocumentSecrets secrets, char[] passphrase, List<Bot> bots, List<NotificationUrl> urls)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter.write(out, secrets, passphrase, AT, bots,
                id -> urls.stream().filter(url -> url.botId().equals(id)).toList(), TransferProgress.none());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheDesignExampleExactlyAsDesignShowsIt() throws Exception {
        Bot bot = new Bot(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"), "Ventas Ecuador", "bot-4821", "");
        NotificationUrl url = new NotificationUrl(UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e"), bot.id(),
                "https://crm.example.com/hooks/whatsapp", Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED),
                new Auth.Bearer(Secret.of("tok-123")), true, "CRM", Map.of("X-Tenant", "ec"), 10);

        String document = write(DocumentSecrets.OMITTED, null, List.of(bot), List.of(url));

        assertThat(document).isEqualTo("""
                {
                  "format": "signalbox.config",
                  "version": 1,
                  "exportedAt": "2026-12-04T19:00:00Z",
                  "secrets": "omitted",
                  "bots": [
                    {
                      "id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
                      "name": "Ventas Ecuador",
                      "platformBotId": "bot-4821",
                      "description": "",
                      "notificationUrls": [
                        {
                          "id": "6fa459ea-ee8a-3ca4-894e-db77e160355e",
                          "url": "https://crm.example.com/hooks/whatsapp",
                          "events": ["READ", "FAILED"],
                          "enabled": true,
                          "description": "CRM",
                          "headers": {"X-Tenant": "ec"},
                          "timeoutSeconds": 10,
                          "auth": {"type": "BEARER", "token": null}
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void anEmptyStoreIsAnEmptyListOfBots() throws Exception {
        assertThat(write(DocumentSecrets.OMITTED, null, List.of(), List.of())).endsWith("""
                  "secrets": "omitted",
                  "bots": []
                }
                """);
    }

    @Test
    void ordersBotsByNameIgnoringCaseAndUrlsByAddressWhateverTheInputOrder() throws Exception {
        SampleConfiguration sample = new SampleConfiguration();
        List<Bot> shuffled = new ArrayList<>(sample.bots());
        List<NotificationUrl> urls = new ArrayList<>(sample.urls);
        String first = write(DocumentSecrets.PLAIN, null, shuffled, urls);
        Collections.reverse(shuffled);
        Collections.reverse(urls);

        assertThat(write(DocumentSecrets.PLAIN, null, shuffled, urls)).isEqualTo(first);
        // Folded names by code unit, as the store lists them: "soporte" < "ventas" < "ärger", on any machine.
        assertThat(first.indexOf("soporte Perú")).isLessThan(first.indexOf("Ventas \\\"Quito\\\""));
        assertThat(first.indexOf("Ventas \\\"Quito\\\"")).isLessThan(first.indexOf("Ärger ohne URLs"));
        // By address as written: "http:" sorts before "https:".
        assertThat(first.indexOf("http://legacy.example.com")).isLessThan(first.indexOf("https://analytics"));
        assertThat(first.indexOf("https://analytics")).isLessThan(first.indexOf("https://crm."));
    }

    @Test
    void writesEveryAuthKindWithItsFieldsAndUnicodeAsItself() throws Exception {
        SampleConfiguration sample = new SampleConfiguration();

        String document = write(DocumentSecrets.PLAIN, null, sample.bots(), sample.urls);

        assertThat(document)
                .contains("\"name\": \"Ventas \\\"Quito\\\" ñandú 🚀\"")
                .contains("\"description\": \"Campañas de ventas\\ncon salto de línea\"")
                .contains("\"headers\": {\"X-Tenant\": \"ec\", \"X-Trace\": \"a \\\"b\\\" ñ\"}")
                .contains("\"auth\": {\"type\": \"BEARER\", \"token\": \"" + SampleConfiguration.BEARER_TOKEN + "\"}")
                .contains("\"auth\": {\"type\": \"BASIC\", \"username\": \"ops\", \"password\": \"pässwörd \\\"quoted\\\"\"}")
                .contains("\"auth\": {\"type\": \"API_KEY\", \"header\": \"X-Soporte-Key\", \"value\": \"k-1-🔑\"}")
                .contains("\"auth\": {\"type\": \"SIGNATURE\", \"secret\": \"" + SampleConfiguration.SIGNING_SECRET + "\"}")
                .contains("\"auth\": {\"type\": \"OAUTH2_CLIENT_CREDENTIALS\", \"tokenUrl\": \"https://auth.example.com/oauth/token\", "
                        + "\"clientId\": \"signalbox\", \"clientSecret\": \"cs_123_client\", \"scope\": \"events:write\"}")
                .contains("\"auth\": {\"type\": \"NONE\"}")
                .contains("\"events\": [\"READ\", \"FAILED\", \"REPLY\"]")
                .contains("\"events\": [\"ALL\"]")
                .contains("\"notificationUrls\": []")
                .endsWith("}\n");
    }

    @Test
    void omittedSecretsAreNullAndNoSecretValueAppears() throws Exception {
        SampleConfiguration sample = new SampleConfiguration();

        String document = write(DocumentSecrets.OMITTED, null, sample.bots(), sample.urls);

        assertThat(document).doesNotContain(SampleConfiguration.BEARER_TOKEN, "pässwörd", "k-1-", "whsec_", "cs_123")
                .contains("\"token\": null", "\"password\": null", "\"value\": null", "\"secret\": null",
                        "\"clientSecret\": null");
    }

    @Test
    void encryptedSecretsAreSealedObjectsUnderOneHeader() throws Exception {
        SampleConfiguration sample = new SampleConfiguration();

        String document = write(DocumentSecrets.ENCRYPTED, "correct horse battery".toCharArray(), sample.bots(), sample.urls);

        assertThat(document).doesNotContain(SampleConfiguration.BEARER_TOKEN, "pässwörd", "k-1-", "whsec_", "cs_123")
                .contains("\"secrets\": \"encrypted\",\n  \"encryption\": {\n    \"kdf\": \"PBKDF2-HMAC-SHA256\",\n"
                        + "    \"iterations\": 600000,\n    \"salt\": \"")
                .containsPattern("\"token\": \\{\"enc\": \"[A-Za-z0-9+/=]{40,}\", \"kdf\": \"\\$\\.encryption\"}");
    }
}
