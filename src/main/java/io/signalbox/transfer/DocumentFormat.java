package io.signalbox.transfer;

import io.signalbox.domain.Auth;
import io.signalbox.domain.AuthKind;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import java.util.Comparator;

/** The fixed names and order of the configuration document, format {@code signalbox.config} version 1. */
public final class DocumentFormat {

    public static final String FORMAT = "signalbox.config";
    public static final int VERSION = 1;
    /** Where an encrypted document's key parameters are; each sealed value names it in its {@code kdf}. */
    static final String ENCRYPTION_PATH = "$.encryption";

    /**
     * Bots by name ignoring case (the domain's folded name key, compared by code unit, so the order
     * does not depend on the machine's locale), then by exact name, then by id.
     */
    public static final Comparator<Bot> BOT_ORDER = Comparator.comparing((Bot bot) -> bot.nameKey())
            .thenComparing(Bot::name)
            .thenComparing(Bot::id);

    /** A bot's URLs by address (exact, by code unit), then by id. */
    public static final Comparator<NotificationUrl> URL_ORDER = Comparator.comparing((NotificationUrl url) -> url.url())
            .thenComparing(NotificationUrl::id);

    private DocumentFormat() {
    }

    /** The document's name of the one secret field of an auth kind; null for NONE. */
    public static String secretField(AuthKind kind) {
        return switch (kind) {
            case BASIC -> "password";
            case BEARER -> "token";
            case API_KEY -> "value";
            case SIGNATURE -> "secret";
            case OAUTH2_CLIENT_CREDENTIALS -> "clientSecret";
            case NONE -> null;
        };
    }

    /** The secret field of an auth, for messages and for binding sealed values. */
    static String secretField(Auth auth) {
        return secretField(auth.kind());
    }
}
