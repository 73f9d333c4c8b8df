package io.signalbox.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Problem;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that follow reading: secrets against the document's mode (opening sealed ones), and the
 * domain's own rules for each bot and URL, each problem under its JSON path. Reuses the domain's
 * checks (Bot.check, NotificationUrl.check and through it UrlRules, HeaderRules, SigningSecret).
 */
final class DocumentChecks {

    private static final Pattern HEADER_FIELD = Pattern.compile("headers\\[(\\d+)]\\.(name|value)");

    private final DocumentSecrets mode;
    private final PassphraseKey key;

    /**
     * @param mode the document's secrets mode; null when the head is broken (secrets are not checked)
     * @param key  the opened key of an encrypted document; null when there is none to open with
     */
    DocumentChecks(DocumentSecrets mode, PassphraseKey key) {
        this.mode = mode;
        this.key = key;
    }

    /** Checks a bot and its URLs, adding problems to it; the bot as the document gives it when it has none. */
    Optional<DocumentBot> check(PendingBot pending) {
        for (Problem problem : Bot.check(pending.name, pending.platformBotId, pending.description)) {
            add(pending, new PathProblem(JsonPaths.field(pending.path, problem.field()), problem.message()));
        }
        List<DocumentUrl> urls = new ArrayList<>();
        for (PendingBot.PendingUrl url : pending.urls) {
            check(pending, url).ifPresent(urls::add);
        }
        if (!pending.problems.isEmpty() || pending.id == null || pending.name == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentBot(pending.path, new Bot(pending.id, pending.name, pending.platformBotId,
                pending.description), urls));
    }

    /**
     * Adds a problem of the domain's checks, unless the schema has already reported that field (read
     * leniently, a malformed field would otherwise be reported twice, or as missing).
     */
    private static void add(PendingBot bot, PathProblem problem) {
        if (!problem.relatedToAny(bot.schemaPaths)) {
            bot.problems.add(problem);
        }
    }

    private Optional<DocumentUrl> check(PendingBot bot, PendingBot.PendingUrl url) {
        int before = bot.problems.size();
        Resolved secret = url.secretField() == null ? Resolved.NONE : resolve(bot, url);
        Auth checked = url.auth(secret.value != null ? secret.value : url.placeholder());
        Map<String, String> headers = new LinkedHashMap<>();
        url.headers.forEach(header -> headers.put(header.getKey(), header.getValue()));
        for (Problem problem : NotificationUrl.check(url.url, url.events, checked, url.description, headers,
                url.timeoutSeconds)) {
            add(bot, new PathProblem(path(url, problem.field()), problem.message()));
        }
        if (bot.problems.size() > before || !secret.known || !bot.schemaPaths.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentUrl(url.path, url.id, url.url, new Subscription(url.events),
                url.auth(secret.value), url.enabled, url.description, headers, url.timeoutSeconds));
    }

    /** The secret as the document gives it, checked against the secrets mode. */
    private Resolved resolve(PendingBot bot, PendingBot.PendingUrl url) {
        JsonNode node = url.secret;
        if (node == null || node.isNull()) {
            return Resolved.ABSENT;
        }
        if (mode == null) {
            return Resolved.UNKNOWN;
        }
        String path = url.secretPath();
        if (node.isTextual()) {
            if (mode == DocumentSecrets.PLAIN) {
                return new Resolved(Secret.of(node.asText()), true);
            }
            add(bot, new PathProblem(path, TransferTexts.get(mode == DocumentSecrets.OMITTED
                    ? "secret.notOmitted" : "secret.clearInEncrypted")));
            return Resolved.UNKNOWN;
        }
        if (mode != DocumentSecrets.ENCRYPTED) {
            add(bot, new PathProblem(path, TransferTexts.get("secret.sealedNotEncrypted", mode.jsonName())));
            return Resolved.UNKNOWN;
        }
        if (key == null) {
            return Resolved.UNKNOWN;
        }
        Optional<String> clear = key.open(node.path("enc").asText(),
                PassphraseKey.context(String.valueOf(url.id), url.secretField()));
        if (clear.isEmpty()) {
            add(bot, new PathProblem(path, TransferTexts.get("secret.doesNotOpen")));
            return Resolved.UNKNOWN;
        }
        return new Resolved(Secret.of(clear.get()), true);
    }

    /** The JSON path of a domain problem's field in a URL; header rows by their name, as the document keys them. */
    private static String path(PendingBot.PendingUrl url, String field) {
        Matcher header = HEADER_FIELD.matcher(field);
        if (header.matches()) {
            int index = Integer.parseInt(header.group(1));
            String name = index < url.headers.size() ? url.headers.get(index).getKey() : "";
            return JsonPaths.field(JsonPaths.field(url.path, "headers"), name);
        }
        String path = url.path;
        for (String part : field.split("\\.")) {
            path = JsonPaths.field(path, part);
        }
        return path;
    }

    /** A secret as far as the document tells: its value, or absent (null), or unknown (not checkable). */
    private record Resolved(Secret value, boolean known) {
        static final Resolved NONE = new Resolved(null, true);
        static final Resolved ABSENT = new Resolved(null, true);
        static final Resolved UNKNOWN = new Resolved(null, false);
    }
}
