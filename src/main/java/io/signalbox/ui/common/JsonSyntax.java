package io.signalbox.ui.common;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours JSON text by CSS class: keys, strings, numbers, literals (true/false/null), punctuation.
 * A lenient scanner, so half-typed or broken JSON is still coloured up to and past the mistake. Any thread.
 */
public final class JsonSyntax {

    public static final String KEY = "json-key";
    public static final String STRING = "json-string";
    public static final String NUMBER = "json-number";
    public static final String LITERAL = "json-literal";
    public static final String PUNCTUATION = "json-punctuation";
    /** The first line of an HTTP message ({@code POST https://…}). */
    public static final String START_LINE = "http-start";
    public static final String HEADER_NAME = "http-header";

    private JsonSyntax() {
    }

    /** The style classes of every character of {@code text} (plain text has none). */
    public static StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int plainFrom = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            int end;
            String style;
            if (c == '"') {
                end = stringEnd(text, i);
                style = isKey(text, end) ? KEY : STRING;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                end = numberEnd(text, i);
                style = NUMBER;
            } else if (startsWord(text, i, "true") || startsWord(text, i, "false") || startsWord(text, i, "null")) {
                end = i + (c == 'f' ? 5 : 4);
                style = LITERAL;
            } else if ("{}[],:".indexOf(c) >= 0) {
                end = i + 1;
                style = PUNCTUATION;
            } else {
                i++;
                continue;
            }
            if (i > plainFrom) {
                spans.add(List.of(), i - plainFrom);
            }
            spans.add(List.of(style), end - i);
            i = end;
            plainFrom = end;
        }
        spans.add(List.of(), length - plainFrom);
        return spans.create();
    }

    /**
     * Colours an HTTP message as a client prints it: the start line, header names, and after the
     * blank line the body as JSON.
     */
    public static StyleSpans<Collection<String>> highlightHttp(String text) {
        int blank = text.indexOf("\n\n");
        int headEnd = blank < 0 ? text.length() : blank + 2;
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int lineStart = 0;
        while (lineStart < headEnd) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd >= headEnd ? headEnd : lineEnd + 1;
            int colon = text.indexOf(':', lineStart);
            if (lineStart == 0) {
                spans.add(List.of(START_LINE), lineEnd - lineStart);
            } else if (colon > lineStart && colon < lineEnd) {
                spans.add(List.of(HEADER_NAME), colon - lineStart);
                spans.add(List.of(), lineEnd - colon);
            } else {
                spans.add(List.of(), lineEnd - lineStart);
            }
            lineStart = lineEnd;
        }
        if (headEnd < text.length()) {
            spans.addAll(highlight(text.substring(headEnd)));
        }
        if (text.isEmpty()) {
            spans.add(List.of(), 0);
        }
        return spans.create();
    }

    /** Just past the closing quote, or the end of the line when the string is not closed. */
    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean isKey(String text, int afterString) {
        int i = afterString;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    private static int numberEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length() && "0123456789.eE+-".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean startsWord(String text, int at, String word) {
        if (!text.startsWith(word, at)) {
            return false;
        }
        int after = at + word.length();
        return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
    }
}
