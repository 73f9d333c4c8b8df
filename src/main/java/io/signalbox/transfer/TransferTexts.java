package io.signalbox.transfer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of document problems, from {@code io/signalbox/transfer/messages.properties}. */
final class TransferTexts {

    private static final String BUNDLE = "io.signalbox.transfer.messages";

    private TransferTexts() {
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    /** One problem line: {@code "$.bots[3].name: a bot needs a name"}. */
    static String problem(String path, String key, Object... args) {
        return path + ": " + get(key, args);
    }
}
