package io.signalbox.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.domain.EventType;
import io.signalbox.domain.PayloadValues;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalog's payloads against the platform documentation's five examples (test resources). */
class PayloadCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PayloadCatalog catalog = new PayloadCatalog();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachStatusHasTheDocumentedFieldsInTheirOrderWithTheirJsonTypes(EventType event) throws IOException {
        JsonNode documented = example(event);
        JsonNode ours = JSON.readTree(catalog.sample(event, PayloadValues.defaults()).prettyJson());

        assertThat(namesAndTypes(ours)).containsExactlyEntriesOf(namesAndTypes(documented));
        assertThat(new ArrayList<>(namesAndTypes(ours).keySet()))
                .containsExactlyElementsOf(new ArrayList<>(namesAndTypes(documented).keySet()));
        assertThat(ours.get("status").asText()).isEqualTo(event.name());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theDocumentedExamplesAreAcceptedAsTheyAre(EventType event) throws IOException {
        String text = resource(event);

        assertThat(catalog.problem(text)).isEmpty();
        assertThat(catalog.parse(text).event()).isEqualTo(event);
    }

    @Test
    void valuesFillTheirFieldsAndEachSampleGetsAFreshIdAndTheCurrentTime() throws IOException {
        Instant now = Instant.parse("2026-04-27T21:35:00Z");
        List<UUID> ids = new ArrayList<>(List.of(UUID.fromString("c75170d3-917d-48a4-8b15-5d0a4a2f1c3e"),
                UUID.fromString("f777ebe8-41f5-4ffd-9c86-0a1b2c3d4e5f")));
        PayloadCatalog fixed = new PayloadCatalog(Clock.fixed(now, ZoneOffset.UTC), () -> ids.remove(0));
        PayloadValues values = new PayloadValues("593991234567", "bienvenida", "0123456789abcdef01234567",
                "Sí, gracias", "template paused");

        JsonNode failed = JSON.readTree(fixed.sample(EventType.FAILED, values).prettyJson());
        JsonNode reply = JSON.readTree(fixed.sample(EventType.REPLY, values).prettyJson());

        assertThat(failed.get("id").asText()).isEqualTo("c75170d3-917d-48a4-8b15-5d0a4a2f1c3e");
        assertThat(reply.get("id").asText()).isEqualTo("f777ebe8-41f5-4ffd-9c86-0a1b2c3d4e5f");
        assertThat(failed.get("timestamp").asText()).isEqualTo("1777325700");
        assertThat(failed.get("error").asText()).isEqualTo("template paused");
        assertThat(reply.get("reply").asText()).isEqualTo("Sí, gracias");
        assertThat(reply.get("destination").asText()).isEqualTo("593991234567");
        assertThat(reply.get("campaignId").asText()).isEqualTo("0123456789abcdef01234567");
        assertThat(reply.get("template").asText()).isEqualTo("bienvenida");
    }

    @Test
    void realSamplesDifferInIdAndCarryTheClockTime() {
        long before = Instant.now().getEpochSecond();
        Payload first = catalog.sample(EventType.READ, PayloadValues.defaults());
        Payload second = catalog.sample(EventType.READ, PayloadValues.defaults());

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(Long.parseLong(first.timestamp())).isBetween(before, Instant.now().getEpochSecond());
    }

    @Test
    void printsWithTwoSpacesAndAColonFollowedByOneSpace() {
        PayloadCatalog fixed = new PayloadCatalog(Clock.fixed(Instant.ofEpochSecond(1777326047), ZoneOffset.UTC),
                () -> UUID.fromString("c3eca84b-3fcf-4038-80e7-2c3d4e5f6071"));

        assertThat(fixed.sample(EventType.READ, PayloadValues.defaults()).prettyJson()).isEqualTo("""
                {
                  "id": "c3eca84b-3fcf-4038-80e7-2c3d4e5f6071",
                  "status": "READ",
                  "timestamp": "1777326047",
                  "campaignId": "69efd9747eba1414ecbc66d2",
                  "destination": "5939800000000",
                  "isFinalEvent": true,
                  "template": "autentica_01"
                }""");
    }

    @Test
    void refreshingKeepsEveryOtherFieldWhereItWasAndSendsOneLine() throws IOException {
        Payload edited = catalog.parse(resource(EventType.REPLY));

        Payload sent = catalog.refresh(edited);

        assertThat(sent.id()).isNotEqualTo(edited.id());
        assertThat(sent.compactJson()).doesNotContain("\n");
        assertThat(namesAndTypes(JSON.readTree(sent.compactJson())).keySet())
                .containsExactlyElementsOf(namesAndTypes(JSON.readTree(resource(EventType.REPLY))).keySet());
        assertThat(JSON.readTree(sent.compactJson()).get("reply").asText()).isEqualTo("button_name");
    }

    @Test
    void valuesReadBackKeepReplyAndErrorOfOtherStatusesFromBefore() throws IOException {
        PayloadValues before = new PayloadValues("1", "t", "0123456789abcdef01234567", "earlier reply", "earlier error");

        PayloadValues fromRead = catalog.parse(resource(EventType.READ)).values(before);
        PayloadValues fromFailed = catalog.parse(resource(EventType.FAILED)).values(before);

        assertThat(fromRead).isEqualTo(new PayloadValues("5939800000000", "template_name",
                "69efd5bfc2da2c0ffee00003", "earlier reply", "earlier error"));
        assertThat(fromFailed.error()).isEqualTo("buttons: Button at index 0 of type Url requires a parameter");
        assertThat(fromFailed.reply()).isEqualTo("earlier reply");
    }

    @Test
    void syntaxErrorsSayLineAndColumnInPlainWords() {
        assertThat(catalog.problem("{\n  \"id\": \"x\"\n  \"status\": \"READ\"\n}"))
                .contains("Line 3, column 3: expected ',' or '}'");
        assertThat(catalog.problem("{\n  \"id\": \"c75170d3-917d-48a4-8b15-5d0a4a2f1c3e\",\n")).get().asString()
                .startsWith("Line 3, column 1: the text ends too early");
        assertThat(catalog.problem("{\"status\": READ}")).contains("Line 1, column 12: unknown word \u201cREAD\u201d "
                + "(text goes in double quotes)");
        assertThat(catalog.problem("{\"status\": \"READ\", }")).contains("Line 1, column 20: expected a field name "
                + "in double quotes");
        assertThat(catalog.problem("{\"status\": \"READ\", \"status\": \"READ\"}")).get().asString()
                .startsWith("Line 1, column ").endsWith("\u201cstatus\u201d appears twice");
        assertThat(catalog.problem("[]")).contains("Line 1, column 1: a payload is one JSON object { ... }");
        assertThat(catalog.problem("  ")).contains("the payload is empty: it is one JSON object { ... }");
        assertThat(catalog.problem("{} {}")).contains("Line 1, column 4: nothing may follow the payload's closing }");
    }

    @Test
    void fieldsThePlatformWouldNotSendAreRefusedWithWhere() throws IOException {
        String read = resource(EventType.READ);

        assertThat(catalog.problem(read.replace("\"template\"", "\"templateName\"")))
                .contains("Line 8, column 3: \u201ctemplateName\u201d is not a field the platform sends");
        assertThat(catalog.problem(read.replace("  \"template\": \"template_name\"\n", "  \"error\": \"x\"\n")))
                .contains("Line 8, column 3: \u201cerror\u201d is sent only in FAILED payloads, not in READ");
        assertThat(catalog.problem(read.replace(",\n  \"template\": \"template_name\"", "")))
                .contains("Line 8, column 1: the field \u201ctemplate\u201d is missing");
        assertThat(catalog.problem(read.replace("\"isFinalEvent\": true", "\"isFinalEvent\": \"true\"")))
                .contains("Line 7, column 19: \u201cisFinalEvent\u201d is true or false (without quotes)");
        assertThat(catalog.problem(read.replace("\"1777326047\"", "1777326047")))
                .contains("Line 4, column 16: \u201ctimestamp\u201d is a string (in double quotes)");
        assertThat(catalog.problem(read.replace("\"READ\"", "\"SEEN\"")))
                .contains("Line 3, column 13: status \"SEEN\" is not one of FAILED, DELIVERED_CHANNEL, "
                        + "DELIVERED_USER, READ, REPLY");
        assertThat(catalog.problem(read.replace("\"1777326047\"", "\"2026-04-27\"")))
                .contains("Line 4, column 16: the timestamp is Unix seconds in a string, such as \"1777325700\"");
        assertThat(catalog.problem(read.replace("c3eca84b-3fcf", "c3eca84b3fcf"))).get().asString()
                .startsWith("Line 2, column 9: the id is a UUID");
        assertThat(catalog.problem(read.replace("\"5939800000000\"", "\"+593 98 000\"")))
                .contains("Line 6, column 18: destination: the destination is the phone number in digits only, "
                        + "without + or spaces");
        assertThat(catalog.problem(read.replace("69efd5bfc2da2c0ffee00003", "69efd5bfc2da2")))
                .contains("Line 5, column 17: campaignId: a campaign id is 24 hexadecimal characters (0\u20139, a\u2013f)");
    }

    @Test
    void parseRefusesWhatProblemReports() {
        assertThatThrownBy(() -> catalog.parse("{"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageStartingWith("Line 1, column 2: the text ends too early");
    }

    /** Field name → JSON node type, in the order of the text. */
    private static Map<String, String> namesAndTypes(JsonNode object) {
        Map<String, String> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            result.put(field.getKey(), field.getValue().getNodeType().name());
        }
        return result;
    }

    private static JsonNode example(EventType event) throws IOException {
        return JSON.readTree(resource(event));
    }

    private static String resource(EventType event) throws IOException {
        try (InputStream in = PayloadCatalogTest.class.getResourceAsStream(event.name() + ".json")) {
            assertThat(in).as("seed example for %s", event).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
