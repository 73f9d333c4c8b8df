package io.signalbox.ui.testpanel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.domain.PayloadValues;

/**
 * Reads the editable values back out of a payload the operator edited, so switching the event
 * keeps what they typed (a FAILED payload has no reply: that one comes from the fallback). Any thread.
 */
final class PayloadValuesReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PayloadValuesReader() {
    }

    /** The values in {@code json}, each missing or non-text one taken from {@code fallback}. */
    static PayloadValues read(String json, PayloadValues fallback) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (Exception notJson) {
            return fallback;
        }
        if (node == null || !node.isObject()) {
            return fallback;
        }
        return new PayloadValues(
                text(node, "destination", fallback.destination()),
                text(node, "template", fallback.template()),
                text(node, "campaignId", fallback.campaignId()),
                text(node, "reply", fallback.reply()),
                text(node, "error", fallback.error()));
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }
}
