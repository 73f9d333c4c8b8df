package io.signalbox.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedResponse;
import java.util.List;

/**
 * A test call as JSON for scripts ({@code send --json}): the record's fields by their names,
 * {@code response} or {@code failure} null when absent, times as ISO-8601 text.
 */
final class DeliveryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DeliveryJson() {
    }

    static String of(DeliveryRecord record) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", record.id().toString());
        root.put("botId", record.botId().toString());
        root.put("urlId", record.urlId().toString());
        root.put("url", record.url());
        root.put("sentAt", record.sentAt().toString());
        root.put("event", record.event().name());
        root.put("succeeded", record.succeeded());
        root.put("elapsedMillis", record.elapsedMillis());
        ObjectNode request = root.putObject("request");
        request.put("method", record.request().method());
        request.put("url", record.request().url());
        headers(request.putArray("headers"), record.request().headers());
        request.put("body", record.request().body());
        if (record.response().isPresent()) {
            ReceivedResponse response = record.response().get();
            ObjectNode node = root.putObject("response");
            node.put("status", response.status());
            node.put("reason", response.reason());
            headers(node.putArray("headers"), response.headers());
            node.put("body", response.body());
            node.put("sizeBytes", response.sizeBytes());
            node.put("truncated", response.truncated());
        } else {
            root.putNull("response");
        }
        if (record.failure().isPresent()) {
            DeliveryFailure failure = record.failure().get();
            ObjectNode node = root.putObject("failure");
            node.put("kind", failure.kind().name());
            node.put("message", failure.message());
        } else {
            root.putNull("failure");
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always prints", e);
        }
    }

    private static void headers(ArrayNode array, List<HeaderLine> headers) {
        for (HeaderLine header : headers) {
            array.addObject().put("name", header.name()).put("value", header.value());
        }
    }
}
