package io.signalbox.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The use cases' words, from {@code io/signalbox/app/messages.properties} (translatable). */
final class AppTexts {

    private AppTexts() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("io.signalbox.app.messages", Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
