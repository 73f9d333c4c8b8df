package io.signalbox.app;

import io.signalbox.domain.Auth;
import io.signalbox.domain.NotificationUrl;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Where a stored secret kept by an import would go next: a new host is worth a word in the plan. */
final class KeptSecrets {

    private KeptSecrets() {
    }

    /**
     * The new destination (scheme://host:port) when an import changes where the URL's kept secret is
     * sent: the endpoint for a token, key or password, the token URL for an OAuth2 client secret.
     */
    static Optional<String> newDestination(NotificationUrl stored, NotificationUrl target) {
        String before = destination(stored);
        String after = destination(target);
        return Objects.equals(before, after) ? Optional.empty() : Optional.of(after);
    }

    private static String destination(NotificationUrl url) {
        if (url.auth() instanceof Auth.OAuth2Client) {
            return origin(((Auth.OAuth2Client) url.auth()).tokenUrl());
        }
        return origin(url.url());
    }

    private static String origin(String address) {
        try {
            URI uri = URI.create(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + host + ":" + port;
        } catch (IllegalArgumentException e) {
            return address;
        }
    }
}
