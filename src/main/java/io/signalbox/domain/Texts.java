package io.signalbox.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of domain rules, from {@code io/signalbox/domain/problems.properties} (translatable). */
final class Texts {

    private static final String BUNDLE = "io.signalbox.domain.problems";

    private Texts() {
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

    static Problem problem(String field, String key, Object... args) {
        return new Problem(field, get(key, args));
    }
}
