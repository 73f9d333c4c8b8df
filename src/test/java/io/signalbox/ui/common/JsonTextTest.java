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
        assertThat(JsonText.prettyOrAsIs("OK")).isEqualTo("OK");
    }
}
