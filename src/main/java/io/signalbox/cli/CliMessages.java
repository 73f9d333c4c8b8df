package io.signalbox.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the command line prints, from {@code io/signalbox/cli/messages.properties}: the same
 * bundle picocli reads for the usage help, so one file holds everything to translate.
 */
final class CliMessages {

    static final String BUNDLE = "io.signalbox.cli.messages";

    private CliMessages() {
    }

    /** The text for a key, with {@link MessageFormat} arguments filled in. */
    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
