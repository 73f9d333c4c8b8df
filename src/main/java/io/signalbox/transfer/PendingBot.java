package io.signalbox.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.signalbox.domain.Auth;
import io.signalbox.domain.AuthKind;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SubscriptionEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One bot as read from its JSON node, before the checks that need the whole document (secrets,
 * duplicates): every field read leniently, since the schema has already said what is wrong with it.
 */
final class PendingBot {

    final String path;
    /** Every problem of this bot and its URLs, in the order found. */
    final List<PathProblem> problems = new ArrayList<>();
    /** Where the schema found problems: the domain's checks of those fields would only repeat them. */
    final List<String> schemaPaths = new ArrayList<>();
    final UUID id;
    final String name;
    final String platformBotId;
    final String description;
    final List<PendingUrl> urls = new ArrayList<>();

    PendingBot(String path, JsonNode node, List<PathProblem> schemaProblems) {
        this.path = path;
        this.problems.addAll(schemaProblems);
        schemaProblems.forEach(problem -> schemaPaths.add(problem.path()));
        this.id = uuid(node.get("id"));
        this.name = text(node.get("name"), null);
        this.platformBotId = text(node.get("platformBotId"), "");
        this.description = text(node.get("description"), "");
        JsonNode urlNodes = node.get("notificationUrls");
        if (urlNodes != null && urlNodes.isArray()) {
            for (int i = 0; i < urlNodes.size(); i++) {
                urls.add(new PendingUrl(JsonPaths.url(path, i), urlNodes.get(i)));
            }
        }
    }

    static UUID uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String text(JsonNode node, String absent) {
        return node != null && node.isTextual() ? node.asText() : absent;
    }

    /** One URL of a pending bot. */
    static final class PendingUrl {

        /** A signing secret of the right form, for checking the other fields when the real one is not here. */
        private static final String PLACEHOLDER_SIGNATURE = "whsec_" + "A".repeat(32);
        private static final String PLACEHOLDER = "placeholder";

        final String path;
        final UUID id;
        final String url;
        final Set<SubscriptionEvent> events = EnumSet.noneOf(SubscriptionEvent.class);
        final boolean enabled;
        final String description;
        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        final int timeoutSeconds;
        final AuthKind kind;
        final String username;
        final String header;
        final String tokenUrl;
        final String clientId;
        final String scope;
        /** The secret's node as written: null, a string or a sealed object (null when absent). */
        final JsonNode secret;

        PendingUrl(String path, JsonNode node) {
            this.path = path;
            this.id = uuid(node.get("id"));
            this.url = text(node.get("url"), null);
            JsonNode eventNodes = node.get("events");
            if (eventNodes != null && eventNodes.isArray()) {
                for (JsonNode event : eventNodes) {
                    for (SubscriptionEvent known : SubscriptionEvent.values()) {
                        if (known.name().equals(event.asText())) {
                            events.add(known);
                        }
                    }
                }
            }
            JsonNode enabledNode = node.get("enabled");
            this.enabled = enabledNode == null || !enabledNode.isBoolean() || enabledNode.booleanValue();
            this.description = text(node.get("description"), "");
            JsonNode headerNodes = node.get("headers");
            if (headerNodes != null && headerNodes.isObject()) {
                headerNodes.properties().forEach(entry -> headers.add(Map.entry(entry.getKey(), entry.getValue().asText())));
            }
            JsonNode timeout = node.get("timeoutSeconds");
            this.timeoutSeconds = timeout != null && timeout.canConvertToInt() ? timeout.asInt()
                    : NotificationUrl.DEFAULT_TIMEOUT_SECONDS;
            JsonNode auth = node.path("auth");
            this.kind = kind(auth.get("type"));
            this.username = text(auth.get("username"), null);
            this.header = text(auth.get("header"), null);
            this.tokenUrl = text(auth.get("tokenUrl"), null);
            this.clientId = text(auth.get("clientId"), null);
            this.scope = text(auth.get("scope"), null);
            String field = kind == null ? null : DocumentFormat.secretField(kind);
            this.secret = field == null ? null : auth.get(field);
        }

        private static AuthKind kind(JsonNode type) {
            for (AuthKind kind : AuthKind.values()) {
                if (type != null && kind.name().equals(type.asText())) {
                    return kind;
                }
            }
            return null;
        }

        /** The document's name of the secret field; null for NONE or an unknown kind. */
        String secretField() {
            return kind == null ? null : DocumentFormat.secretField(kind);
        }

        String secretPath() {
            return JsonPaths.field(JsonPaths.field(path, "auth"), secretField());
        }

        /** The auth with this secret (null: none given); null when the kind is missing or unknown. */
        Auth auth(Secret secretValue) {
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case NONE -> Auth.none();
                case BASIC -> new Auth.Basic(username, secretValue);
                case BEARER -> new Auth.Bearer(secretValue);
                case API_KEY -> new Auth.ApiKey(header, secretValue);
                case SIGNATURE -> new Auth.Signature(secretValue);
                case OAUTH2_CLIENT_CREDENTIALS -> new Auth.OAuth2Client(tokenUrl, clientId, secretValue, scope);
            };
        }

        /** A stand-in of the right form, so the other fields can be checked when the secret is not in the document. */
        Secret placeholder() {
            return Secret.of(kind == AuthKind.SIGNATURE ? PLACEHOLDER_SIGNATURE : PLACEHOLDER);
        }
    }
}
