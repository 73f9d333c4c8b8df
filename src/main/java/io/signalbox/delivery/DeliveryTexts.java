package io.signalbox.delivery;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The delivery layer's words, from {@code io/signalbox/delivery/messages.properties} (translatable). */
final class DeliveryTexts {

    private DeliveryTexts() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("io.signalbox.delivery.messages", Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
