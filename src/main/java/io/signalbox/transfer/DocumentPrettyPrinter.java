package io.signalbox.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays the document out as DESIGN.md shows it: two-space indentation, {@code "name": value}, and
 * small values (events, headers, auth) on one line. The writer marks those with {@link #inlineNext}.
 */
final class DocumentPrettyPrinter implements PrettyPrinter {

    private static final String INDENT = "  ";

    private int depth;
    /** The depth at which the current one-line value began; -1 when none is open. */
    private int inlineFrom = -1;
    private boolean inlinePending;

    /** The next object or array, and everything inside it, goes on one line. */
    void inlineNext() {
        inlinePending = true;
    }

    private boolean inline() {
        return inlineFrom >= 0 && depth >= inlineFrom;
    }

    private void open(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        depth++;
        if (inlinePending && inlineFrom < 0) {
            inlineFrom = depth;
        }
        inlinePending = false;
    }

    private void close(JsonGenerator g, char bracket, int entries) throws IOException {
        boolean wasInline = inline();
        if (depth == inlineFrom) {
            inlineFrom = -1;
        }
        depth--;
        if (!wasInline && entries > 0) {
            newLine(g);
        }
        g.writeRaw(bracket);
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw(INDENT);
        }
    }

    private void first(JsonGenerator g) throws IOException {
        if (!inline()) {
            newLine(g);
        }
    }

    private void next(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline()) {
            g.writeRaw(' ');
        } else {
            newLine(g);
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, '}', entries);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        next(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, ']', values);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        next(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        first(g);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        first(g);
    }
}
