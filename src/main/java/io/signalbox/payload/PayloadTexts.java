package io.signalbox.payload;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The payload catalog's words, from {@code io/signalbox/payload/messages.properties} (translatable). */
final class PayloadTexts {

    private PayloadTexts() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("io.signalbox.payload.messages", Locale.getDefault()).getString(key);
        // Always through MessageFormat, so quoting rules hold for patterns with and without arguments.
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
