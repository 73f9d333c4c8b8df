package io.signalbox.ui.transfer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** The file names an export proposes: {@code signalbox-config-2026-12-04.json}, {@code signalbox-ventas-ecuador-2026-12-04.json}. */
public final class FileNames {

    private static final int MAX_SLUG = 40;

    private FileNames() {
    }

    public static String forStore(LocalDate day) {
        return "signalbox-config-" + day + ".json";
    }

    /** A bot's name made safe for every file system: plain letters and digits, dashes between words. */
    public static String forBot(String botName, LocalDate day) {
        String plain = Normalizer.normalize(botName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return "signalbox-" + (slug.isEmpty() ? "bot" : slug) + "-" + day + ".json";
    }
}
