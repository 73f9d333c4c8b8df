package io.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {

    private static List<String> pieces(String text) {
        return pieces(text, JsonSyntax.highlight(text));
    }

    /** Each coloured piece of the text as "class:text". */
    private static List<String> pieces(String text, StyleSpans<Collection<String>> spans) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            String piece = text.substring(at, at + span.getLength());
            if (!span.getStyle().isEmpty()) {
                pieces.add(span.getStyle().iterator().next() + ":" + piece);
            }
            at += span.getLength();
        }
        assertThat(at).as("spans cover the whole text").isEqualTo(text.length());
        return pieces;
    }

    @Test
    void coloursKeysStringsNumbersLiteralsAndPunctuation() {
        assertThat(pieces("{\"status\": \"READ\", \"n\": -1.5e3, \"isFinalEvent\": true, \"x\": null}")).containsExactly(
                "json-punctuation:{", "json-key:\"status\"", "json-punctuation::", "json-string:\"READ\"",
                "json-punctuation:,", "json-key:\"n\"", "json-punctuation::", "json-number:-1.5e3",
                "json-punctuation:,", "json-key:\"isFinalEvent\"", "json-punctuation::", "json-literal:true",
                "json-punctuation:,", "json-key:\"x\"", "json-punctuation::", "json-literal:null",
                "json-punctuation:}");
    }

    @Test
    void escapedQuotesStayInsideTheString() {
        assertThat(pieces("\"say \\\"hi\\\"\"")).containsExactly("json-string:\"say \\\"hi\\\"\"");
    }

    @Test
    void brokenJsonIsStillColouredAroundTheMistake() {
        assertThat(pieces("{\"a\": tru, \"b\": \"open\n}")).containsExactly(
                "json-punctuation:{", "json-key:\"a\"", "json-punctuation::", "json-punctuation:,",
                "json-key:\"b\"", "json-punctuation::", "json-string:\"open", "json-punctuation:}");
    }

    @Test
    void emptyAndPlainTextHaveNoColours() {
        assertThat(pieces("")).isEmpty();
        assertThat(pieces("OK thanks")).isEmpty();
        assertThat(pieces("nullable")).isEmpty();
    }

    @Test
    void anHttpMessageHasItsStartLineAndHeaderNamesMarkedAndItsBodyColouredAsJson() {
        String message = "POST http://127.0.0.1:8080/hook\nContent-Type: application/json\n\n{\"a\": 1}";
        assertThat(pieces(message, JsonSyntax.highlightHttp(message))).containsExactly(
                "http-start:POST http://127.0.0.1:8080/hook\n", "http-header:Content-Type",
                "json-punctuation:{", "json-key:\"a\"", "json-punctuation::", "json-number:1", "json-punctuation:}");
        assertThat(pieces("", JsonSyntax.highlightHttp(""))).isEmpty();
        assertThat(pieces("GET /x\n", JsonSyntax.highlightHttp("GET /x\n"))).containsExactly("http-start:GET /x\n");
    }
}
