package io.signalbox.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Edits a configuration document as a JSON tree, the way an operator's editor would change it. */
final class Documents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    static String edit(String document, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(document);
            change.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode parse(String document) {
        try {
            return (ObjectNode) JSON.readTree(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode bot(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("bots").get(index);
    }

    static ObjectNode url(ObjectNode root, int bot, int url) {
        return (ObjectNode) bot(root, bot).withArray("notificationUrls").get(url);
    }
}
