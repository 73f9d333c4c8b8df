package io.signalbox.app;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.transfer.DocumentFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields an import changes, old and new value as the operator reads them: text quoted (so an
 * empty or padded value shows), secrets never in clear. Field names are the document's.
 */
final class PlanDiff {

    private PlanDiff() {
    }

    static List<FieldChange> bot(Bot stored, Bot target) {
        List<FieldChange> changes = new ArrayList<>();
        text(changes, "name", stored.name(), target.name());
        text(changes, "platformBotId", stored.platformBotId(), target.platformBotId());
        text(changes, "description", stored.description(), target.description());
        return changes;
    }

    static List<FieldChange> url(NotificationUrl stored, NotificationUrl target, String storedBotName,
                                 String targetBotName) {
        List<FieldChange> changes = new ArrayList<>();
        if (!stored.botId().equals(target.botId())) {
            changes.add(new FieldChange("bot", quote(storedBotName), quote(targetBotName)));
        }
        text(changes, "url", stored.url(), target.url());
        plain(changes, "events", stored.subscription().asText(), target.subscription().asText());
        plain(changes, "enabled", stored.enabled(), target.enabled());
        text(changes, "description", stored.description(), target.description());
        if (!List.copyOf(stored.headers().entrySet()).equals(List.copyOf(target.headers().entrySet()))) {
            changes.add(new FieldChange("headers", headers(stored.headers()), headers(target.headers())));
        }
        plain(changes, "timeoutSeconds", stored.timeoutSeconds(), target.timeoutSeconds());
        auth(changes, stored.auth(), target.auth());
        return changes;
    }

    private static void auth(List<FieldChange> changes, Auth stored, Auth target) {
        plain(changes, "auth.type", stored.kind(), target.kind());
        Map<String, String> before = visibleFields(stored);
        Map<String, String> after = visibleFields(target);
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                changes.add(new FieldChange("auth." + field.getKey(), old == null ? none() : quote(old),
                        quote(field.getValue())));
            }
        }
        String secretField = DocumentFormat.secretField(target.kind());
        if (secretField != null && (stored.kind() != target.kind() || !Objects.equals(stored.secret(), target.secret()))) {
            changes.add(new FieldChange("auth." + secretField, stored.secret() == null ? none() : Secret.MASK,
                    AppTexts.get("transfer.secret.changed")));
        }
    }

    /** The fields of an auth that are not secret, in the document's order. */
    private static Map<String, String> visibleFields(Auth auth) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (auth instanceof Auth.Basic basic) {
            fields.put("username", basic.username());
        } else if (auth instanceof Auth.ApiKey apiKey) {
            fields.put("header", apiKey.header());
        } else if (auth instanceof Auth.OAuth2Client oauth) {
            fields.put("tokenUrl", oauth.tokenUrl());
            fields.put("clientId", oauth.clientId());
            fields.put("scope", oauth.scope());
        }
        return fields;
    }

    private static void text(List<FieldChange> changes, String field, String old, String now) {
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, quote(old), quote(now)));
        }
    }

    private static void plain(List<FieldChange> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, String.valueOf(old), String.valueOf(now)));
        }
    }

    private static String none() {
        return AppTexts.get("transfer.value.none");
    }

    private static String headers(Map<String, String> headers) {
        StringBuilder text = new StringBuilder("{");
        headers.forEach((name, value) -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(quote(name)).append(": ").append(quote(value));
        });
        return text.append('}').toString();
    }

    /** A text as a JSON string literal: quotes, backslashes and control characters escaped. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
