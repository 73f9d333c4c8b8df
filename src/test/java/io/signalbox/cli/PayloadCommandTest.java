package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.domain.Subscription;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsTheStatusPayloadWithTheDocumentationsValuesAFreshIdAndTheTime() throws Exception {
        long before = Instant.now().getEpochSecond();

        CliRun run = CliRun.run("--data-dir", dir.toString(), "payload", "failed");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0)).isEqualTo("{");
        assertThat(run.outLines().get(1)).startsWith("  \"id\": \"");
        JsonNode payload = JSON.readTree(run.out());
        assertThat(List.copyOf(iterable(payload.fieldNames()))).containsExactly("id", "status", "error", "timestamp",
                "campaignId", "destination", "isFinalEvent", "template");
        assertThat(payload.get("status").asText()).isEqualTo("FAILED");
        assertThat(payload.get("error").asText()).isEqualTo(PayloadValues.defaults().error());
        assertThat(Long.parseLong(payload.get("timestamp").asText())).isBetween(before, Instant.now().getEpochSecond());
        assertThat(JSON.readTree(CliRun.run("--data-dir", dir.toString(), "payload", "FAILED").out()).get("id"))
                .isNotEqualTo(payload.get("id"));
    }

    @Test
    void withABotUsesTheValuesItsTestPanelRemembers() throws Exception {
        try (Signalbox app = Signalbox.open(dir)) {
            Bot bot = app.settings().createBot("Ventas Ecuador", "", "");
            NotificationUrl url = app.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(),
                    "http://127.0.0.1:9/hook", Subscription.all(), Auth.none(), true, "", Map.of(), 1));
            app.testDelivery().send(bot.id(), url.id(), app.testDelivery().samplePayload(EventType.REPLY,
                    new PayloadValues("593991234567", "bienvenida", "0123456789abcdef01234567", "Sí", "x"))).await();
        }

        CliRun run = CliRun.run("--data-dir", dir.toString(), "payload", "REPLY", "--bot", "ventas ecuador");

        assertThat(run.exitCode()).isZero();
        JsonNode payload = JSON.readTree(run.out());
        assertThat(payload.get("reply").asText()).isEqualTo("Sí");
        assertThat(payload.get("destination").asText()).isEqualTo("593991234567");
        assertThat(payload.get("template").asText()).isEqualTo("bienvenida");
    }

    @Test
    void anUnknownEventIsAUsageMistakeAndAnUnknownBotAFailure() {
        CliRun event = CliRun.run("--data-dir", dir.toString(), "payload", "SEEN");
        CliRun bot = CliRun.run("--data-dir", dir.toString(), "payload", "READ", "--bot", "nadie");

        assertThat(event.exitCode()).isEqualTo(2);
        assertThat(event.errLines()).singleElement().asString().startsWith("signalbox: ")
                .contains("FAILED, DELIVERED_CHANNEL, DELIVERED_USER, READ, REPLY").contains("'SEEN'");
        assertThat(bot.exitCode()).isEqualTo(1);
        assertThat(bot.errLines()).containsExactly(
                "signalbox: No bot with the id or name \"nadie\". Run 'signalbox bots' to list them.");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
