package io.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The window's stylesheet parses whole: one lost brace makes JavaFX drop every rule after it
 * without a word (a merge once lost the test panel's colours that way).
 */
class StylesheetTest {

    private static final String STYLESHEET = "/io/signalbox/ui/signalbox.css";

    @Test
    void everyRuleOfTheStylesheetIsParsedWithoutError() throws IOException {
        URL url = StylesheetTest.class.getResource(STYLESHEET);
        CssParser.errorsProperty().clear();

        Stylesheet stylesheet = new CssParser().parse(url);

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(stylesheet.getRules()).hasSize(openingBraces(url));
    }

    @Test
    void theTestPanelsColoursAreAmongTheParsedRules() throws IOException {
        Stylesheet stylesheet = new CssParser().parse(StylesheetTest.class.getResource(STYLESHEET));

        List<String> selectors = stylesheet.getRules().stream()
                .flatMap(rule -> rule.getSelectors().stream())
                .map(Object::toString)
                .collect(Collectors.toList());
        String declared = stylesheet.getRules().stream().map(Rule::toString).collect(Collectors.joining("\n"));
        assertThat(selectors).anyMatch(selector -> selector.contains("status-badge") && selector.contains("outcome-success"));
        assertThat(selectors).anyMatch(selector -> selector.contains("json-area"));
        assertThat(declared).contains("-color-success-fg");
    }

    /** Rules in the text: one opening brace each, comments left out. */
    private static int openingBraces(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            return (int) text.chars().filter(c -> c == '{').count();
        }
    }
}
