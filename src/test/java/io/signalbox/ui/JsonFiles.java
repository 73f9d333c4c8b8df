package io.signalbox.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Edits an exported document on disk as a JSON tree, the way an operator's editor would change it. */
public final class JsonFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFiles() {
    }

    public static void edit(Path file, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            change.accept(root);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bot called {@code name} in a document. */
    public static ObjectNode bot(ObjectNode root, String name) {
        for (var bot : root.withArray("bots")) {
            if (bot.path("name").asText().equals(name)) {
                return (ObjectNode) bot;
            }
        }
        throw new AssertionError("no bot " + name + " in the document");
    }

    /** The first notification URL of a bot in a document. */
    public static ObjectNode firstUrl(ObjectNode bot) {
        return (ObjectNode) bot.withArray("notificationUrls").get(0);
    }

    /** Adds a bot with no URLs to a document. */
    public static void addBot(ObjectNode root, String id, String name, String platformBotId) {
        ArrayNode bots = root.withArray("bots");
        ObjectNode bot = bots.addObject();
        bot.put("id", id);
        bot.put("name", name);
        bot.put("platformBotId", platformBotId);
        bot.put("description", "");
        bot.putArray("notificationUrls");
    }
}
