package io.signalbox.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** An outgoing webhook of a bot: where it goes, which events it gets and how it authenticates. */
public record NotificationUrl(
        UUID id,
        UUID botId,
        String url,
        Subscription subscription,
        Auth auth,
        boolean enabled,
        String description,
        Map<String, String> headers,
        int timeoutSeconds) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    public static final int MIN_TIMEOUT_SECONDS = 1;
    public static final int MAX_TIMEOUT_SECONDS = 60;
    public static final int MAX_DESCRIPTION = 4000;

    public NotificationUrl {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(auth, "auth");
        description = description == null ? "" : description;
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        InvalidInputException.throwIfAny(check(url, subscription.events(), auth, description, headers, timeoutSeconds));
    }

    /** A copy with a new id, for "duplicate". */
    public NotificationUrl duplicate() {
        return new NotificationUrl(UUID.randomUUID(), botId, url, subscription, auth, enabled, description,
                headers, timeoutSeconds);
    }

    public NotificationUrl withEnabled(boolean on) {
        return new NotificationUrl(id, botId, url, subscription, auth, on, description, headers, timeoutSeconds);
    }

    public NotificationUrl withAuth(Auth newAuth) {
        return new NotificationUrl(id, botId, url, subscription, newAuth, enabled, description, headers, timeoutSeconds);
    }

    /** The warning to show beside a valid URL (plain http off this machine), or null. */
    public String warning() {
        return UrlRules.warning(url);
    }

    /** Every rule of a URL's fields, for checking as the operator types and before storing. */
    public static List<Problem> check(String url, Collection<SubscriptionEvent> events, Auth auth,
                                      String description, Map<String, String> headers, int timeoutSeconds) {
        List<Problem> problems = new ArrayList<>(UrlRules.check("url", url));
        problems.addAll(Subscription.check(events));
        problems.addAll(auth == null ? List.of(Texts.problem("auth", "auth.required")) : auth.problems());
        problems.addAll(checkHeaders(headers == null ? List.of() : List.copyOf(headers.entrySet()), auth));
        problems.addAll(checkTimeout(timeoutSeconds));
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(Texts.problem("description", "text.long", MAX_DESCRIPTION));
        }
        return problems;
    }

    public static List<Problem> checkTimeout(int timeoutSeconds) {
        if (timeoutSeconds < MIN_TIMEOUT_SECONDS || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            return List.of(Texts.problem("timeoutSeconds", "timeout.range", MIN_TIMEOUT_SECONDS,
                    MAX_TIMEOUT_SECONDS, timeoutSeconds));
        }
        return List.of();
    }

    /**
     * Problems of a list of extra headers in order, so the editor can point at a row; names are
     * unique ignoring case and may not clash with the API key header.
     */
    public static List<Problem> checkHeaders(List<Map.Entry<String, String>> headers, Auth auth) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String apiKeyHeader = auth instanceof Auth.ApiKey apiKey && apiKey.header() != null
                ? apiKey.header().toLowerCase(Locale.ROOT) : null;
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i).getKey();
            String field = "headers[" + i + "]";
            problems.addAll(HeaderRules.checkName(field + ".name", name));
            problems.addAll(HeaderRules.checkValue(field + ".value", headers.get(i).getValue()));
            if (name != null) {
                String key = name.toLowerCase(Locale.ROOT);
                if (!seen.add(key)) {
                    problems.add(Texts.problem(field + ".name", "header.name.duplicate", name));
                } else if (key.equals(apiKeyHeader)) {
                    problems.add(Texts.problem(field + ".name", "header.name.apiKey", name));
                }
            }
        }
        return problems;
    }
}
