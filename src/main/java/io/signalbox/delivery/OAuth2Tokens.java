package io.signalbox.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalbox.domain.Auth;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth2 client-credentials tokens (RFC 6749 section 4.4): a form POST to the token URL with
 * {@code grant_type=client_credentials} (and the scope, when set), the client authenticated with
 * HTTP Basic (section 2.3.1). A token is kept until {@code expires_in} minus a margin; one without
 * {@code expires_in} is used once. Thread-safe: calls for the same client wait for one fetch.
 */
final class OAuth2Tokens {

    /** Longest margin before a token's expiry at which it is fetched anew. */
    static final Duration MARGIN = Duration.ofSeconds(30);
    private static final int TOKEN_BODY_CAP = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Clock clock;
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    OAuth2Tokens(HttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Thrown when no token could be had; the failure says why (kind TOKEN, or CANCELLED). */
    static final class TokenFailure extends Exception {
        private final transient DeliveryFailure failure;

        TokenFailure(DeliveryFailure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }

        DeliveryFailure failure() {
            return failure;
        }
    }

    /** A token for the client: the cached one while it is good, else a fresh one. */
    Secret token(Auth.OAuth2Client auth, int timeoutSeconds, Cancellation cancellation) throws TokenFailure {
        Key key = Key.of(auth);
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Cached cached = cache.get(key);
            if (cached != null && clock.instant().isBefore(cached.renewAt)) {
                return cached.token;
            }
            cache.remove(key);
            Instant asked = clock.instant();
            Fetched fetched = fetch(auth, timeoutSeconds, cancellation);
            if (fetched.lifetime != null) {
                Duration margin = fetched.lifetime.dividedBy(2).compareTo(MARGIN) < 0
                        ? fetched.lifetime.dividedBy(2) : MARGIN;
                cache.put(key, new Cached(fetched.token, asked.plus(fetched.lifetime).minus(margin)));
            }
            return fetched.token;
        }
    }

    /** Drops the client's cached token (the endpoint refused it), so the next call fetches one. */
    void forget(Auth.OAuth2Client auth) {
        cache.remove(Key.of(auth));
    }

    private Fetched fetch(Auth.OAuth2Client auth, int timeoutSeconds, Cancellation cancellation) throws TokenFailure {
        String form = "grant_type=client_credentials";
        if (auth.scope() != null && !auth.scope().isBlank()) {
            form += "&scope=" + URLEncoder.encode(auth.scope().strip(), StandardCharsets.UTF_8);
        }
        String credentials = URLEncoder.encode(auth.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(auth.clientSecret().reveal(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(auth.tokenUrl()))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("User-Agent", WebhookSender.USER_AGENT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        Exchange.Outcome outcome = Exchange.run(client, request, timeoutSeconds, TOKEN_BODY_CAP, cancellation);
        if (outcome.failure() != null) {
            if (outcome.failure().kind() == FailureKind.CANCELLED) {
                throw new TokenFailure(outcome.failure());
            }
            throw failed(outcome.failure().message());
        }
        return read(outcome.response(), auth.tokenUrl());
    }

    private static Fetched read(ReceivedResponse response, String tokenUrl) throws TokenFailure {
        JsonNode body = parse(response.body());
        if (!response.isSuccess()) {
            String error = body != null && body.path("error").isTextual() ? body.get("error").asText() : null;
            String status = (response.status() + " " + response.reason()).strip();
            throw failed(error == null ? DeliveryTexts.get("token.status", status, tokenUrl)
                    : DeliveryTexts.get("token.statusWithError", status, tokenUrl, error));
        }
        if (body == null || !body.path("access_token").isTextual() || body.get("access_token").asText().isBlank()) {
            throw failed(DeliveryTexts.get("token.noAccessToken", tokenUrl));
        }
        String type = body.path("token_type").asText("");
        if (!type.equalsIgnoreCase("bearer")) {
            throw failed(DeliveryTexts.get("token.type", tokenUrl, type.isEmpty() ? "-" : type));
        }
        Duration lifetime = null;
        JsonNode expiresIn = body.get("expires_in");
        if (expiresIn != null && (expiresIn.canConvertToLong() || expiresIn.isTextual())) {
            long seconds = expiresIn.asLong(-1);
            lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : null;
        }
        return new Fetched(Secret.of(body.get("access_token").asText()), lifetime);
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static TokenFailure failed(String why) {
        return new TokenFailure(new DeliveryFailure(FailureKind.TOKEN, DeliveryTexts.get("token.failed", why)));
    }

    private record Fetched(Secret token, Duration lifetime) {
    }

    private record Cached(Secret token, Instant renewAt) {
    }

    /** One client at one token URL with one scope; the secret only as a digest, so an edited secret fetches anew. */
    private record Key(String tokenUrl, String clientId, String scope, String secretDigest) {
        static Key of(Auth.OAuth2Client auth) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(auth.clientSecret().reveal().getBytes(StandardCharsets.UTF_8));
                return new Key(auth.tokenUrl(), auth.clientId(), auth.scope() == null ? "" : auth.scope().strip(),
                        Base64.getEncoder().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
