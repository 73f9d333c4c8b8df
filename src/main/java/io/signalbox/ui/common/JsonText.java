package io.signalbox.ui.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;

/**
 * Pretty-prints a JSON text for display without changing what it says: tokens are copied one by
 * one (duplicate keys, number spellings and key order survive). Any thread.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonText() {
    }

    /** {@code text} indented by two spaces when it is one JSON value; empty when it is not JSON. */
    public static Optional<String> pretty(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        StringWriter out = new StringWriter(text.length() + text.length() / 4);
        try (JsonParser parser = FACTORY.createParser(text);
             JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(printer());
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            copyValue(parser, generator);
            if (parser.nextToken() != null) {
                return Optional.empty();
            }
            generator.flush();
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    /**
     * Bodies larger than this are shown as received: pretty-printed, a megabyte of JSON becomes
     * 150,000 lines, which takes the text area seconds to take in.
     */
    public static final int PRETTY_LIMIT = 256 * 1024;

    /**
     * {@code text} pretty when it is JSON of at most {@link #PRETTY_LIMIT} characters, else as
     * received with its long lines broken (see {@link #breakLongLines}).
     */
    public static String forDisplay(String text) {
        String plain = text == null ? "" : text;
        Optional<String> pretty = plain.length() <= PRETTY_LIMIT ? pretty(plain) : Optional.empty();
        return pretty.orElseGet(() -> breakLongLines(plain));
    }

    /** Longest line shown in one piece: a text area lays out a line of a megabyte for seconds. */
    public static final int DISPLAY_LINE = 1000;

    /**
     * {@code text} with every line longer than {@link #DISPLAY_LINE} broken into pieces of that
     * length, for display only (a 1 MiB body on one line would freeze the window while laid out).
     */
    public static String breakLongLines(String text) {
        if (text.length() <= DISPLAY_LINE) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / DISPLAY_LINE);
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = out.length() + 1;
            } else if (out.length() - lineStart >= DISPLAY_LINE && !Character.isLowSurrogate(c)) {
                out.append('\n');
                lineStart = out.length();
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the text starts like a JSON object or array (worth colouring). */
    public static boolean looksLikeJson(String text) {
        return text != null && !text.isBlank() && "{[".indexOf(text.strip().charAt(0)) >= 0;
    }

    /** Copies the value at the parser, numbers as spelled (1.50 stays 1.50). */
    private static void copyValue(JsonParser parser, JsonGenerator generator) throws IOException {
        int depth = 0;
        do {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                generator.writeNumber(parser.getText());
            } else {
                generator.copyCurrentEvent(parser);
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        } while (depth > 0 && parser.nextToken() != null);
        if (depth > 0) {
            throw new IOException("unclosed");
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
