package io.signalbox.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The store's words, from {@code io/signalbox/store/messages.properties} (translatable). */
final class StoreTexts {

    private StoreTexts() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("io.signalbox.store.messages", Locale.getDefault()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
