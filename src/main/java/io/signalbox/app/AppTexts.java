package io.signalbox.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the use cases, from {@code io/signalbox/app/messages.properties}. */
final class AppTexts {

    private static final String BUNDLE = "io.signalbox.app.messages";

    private AppTexts() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
