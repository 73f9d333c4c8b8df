package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.transfer.SampleConfiguration;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that keeps a stored secret but sends it somewhere new says so in the plan. */
class KeptSecretsTest {

    @TempDir
    Path dir;

    @Test
    void aKeptSecretWhoseDestinationChangesIsWarnedAboutAndAnUnchangedOneIsNot() throws Exception {
        try (TransferStore store = new TransferStore(dir.resolve("store")).seed(new SampleConfiguration())) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode document = (ObjectNode) json.readTree(store.export(SecretsMode.OMITTED));
            ObjectNode bearer = (ObjectNode) document.at("/bots/1/notificationUrls/2");
            ObjectNode oauth = (ObjectNode) document.at("/bots/1/notificationUrls/3");
            ObjectNode basic = (ObjectNode) document.at("/bots/1/notificationUrls/0");
            bearer.put("url", "https://collector.example.net/hook");
            ((ObjectNode) oauth.get("auth")).put("tokenUrl", "https://auth.example.net/oauth/token");
            basic.put("timeoutSeconds", 30);
            Path file = TransferStore.file(dir, "moved.json", json.writeValueAsString(document));

            ImportPreview preview = store.prepare(file, false);

            Map<String, java.util.List<String>> warnings = preview.plan().entries().stream()
                    .filter(entry -> entry.target() == PlanTarget.URL)
                    .collect(Collectors.toMap(PlanEntry::label, PlanEntry::warnings));
            assertThat(warnings.get("https://collector.example.net/hook")).containsExactly(
                    "the stored secret is kept and will now be sent to https://collector.example.net:443: "
                            + "check that this address is meant to have it");
            assertThat(warnings.get(oauth.get("url").asText())).containsExactly(
                    "the stored secret is kept and will now be sent to https://auth.example.net:443: "
                            + "check that this address is meant to have it");
            assertThat(warnings.get(basic.get("url").asText())).noneMatch(text -> text.contains("stored secret"));
        }
    }
}
