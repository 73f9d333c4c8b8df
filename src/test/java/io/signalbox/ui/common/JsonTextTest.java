package io.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void indentsByTwoSpacesKeepingOrderNumbersAndDuplicates() {
        String compact = "{\"b\":1.50,\"a\":[1,2],\"a\":{\"big\":12345678901234567890123}}";
        assertThat(JsonText.pretty(compact)).contains("""
                {
                  "b": 1.50,
                  "a": [
                    1,
                    2
                  ],
                  "a": {
                    "big": 12345678901234567890123
                  }
                }""");
    }

    @Test
    void textThatIsNotOneJsonValueIsLeftAsItIs() {
        assertThat(JsonText.pretty("<html>Bad gateway</html>")).isEmpty();
        assertThat(JsonText.pretty("{\"a\":1} trailing")).isEmpty();
        assertThat(JsonText.pretty("{\"a\":")).isEmpty();
        assertThat(JsonText.pretty("")).isEmpty();
        assertThat(JsonText.forDisplay("OK")).isEqualTo("OK");
    }

    @Test
    void longLinesAreBrokenForDisplayOnly() {
        String line = "x".repeat(2500);
        assertThat(JsonText.forDisplay(line).split("\n")).extracting(String::length).containsExactly(1000, 1000, 500);
        assertThat(JsonText.breakLongLines("short\n" + "y".repeat(1001))).isEqualTo("short\n" + "y".repeat(1000) + "\ny");
    }
}
