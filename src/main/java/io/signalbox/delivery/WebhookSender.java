package io.signalbox.delivery;

import io.signalbox.domain.Auth;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SentRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes test calls as the platform would: a POST of the JSON payload with the URL's extra headers
 * and authentication, HTTP/1.1, redirects not followed (a 3xx is the answer). The result records
 * the request with every secret masked. {@link #send} blocks the calling thread until the call ends.
 */
public final class WebhookSender {

    static final String USER_AGENT = "Signalbox-Test";
    private static final String AUTHORIZATION = "Authorization";

    private final HttpClient client;
    private final OAuth2Tokens tokens;
    private final Clock clock;

    /** Trusting the Java runtime's certificate authorities. */
    public WebhookSender() {
        this(Clock.systemUTC(), null);
    }

    /** With a clock (token expiry) and, for tests, the certificates to trust (null: the runtime's). */
    public WebhookSender(Clock clock, KeyStore trust) {
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(DiagnosingTrustManager.context(trust))
                .build();
        this.tokens = new OAuth2Tokens(client, clock);
    }

    /** Makes the call; never throws for a network failure or a cancel: the record says what happened. */
    public DeliveryRecord send(OutgoingCall call, Cancellation cancellation) {
        Instant sentAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        long start = System.nanoTime();
        NotificationUrl url = call.url();
        List<HeaderLine> sent = new ArrayList<>();
        List<HeaderLine> shown = new ArrayList<>();
        add(sent, shown, "Content-Type", "application/json", false);
        add(sent, shown, "User-Agent", USER_AGENT, false);
        Optional<DeliveryFailure> failure = Optional.empty();
        try {
            authenticate(call, sent, shown, cancellation);
        } catch (OAuth2Tokens.TokenFailure e) {
            failure = Optional.of(e.failure());
        }
        for (Map.Entry<String, String> header : url.headers().entrySet()) {
            add(sent, shown, header.getKey(), header.getValue(), false);
        }
        SentRequest request = new SentRequest("POST", url.url(), shown, call.body());
        Optional<ReceivedResponse> response = Optional.empty();
        if (failure.isEmpty()) {
            Exchange.Outcome outcome = exchange(url, sent, call.body(), cancellation);
            response = Optional.ofNullable(outcome.response());
            failure = Optional.ofNullable(outcome.failure());
            if (url.auth() instanceof Auth.OAuth2Client oauth && response.map(r -> r.status() == 401).orElse(false)) {
                tokens.forget(oauth);
            }
        }
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new DeliveryRecord(call.deliveryId(), url.botId(), url.id(), url.url(), sentAt, call.event(), request,
                response, failure, elapsed);
    }

    private Exchange.Outcome exchange(NotificationUrl url, List<HeaderLine> headers, String body,
                                      Cancellation cancellation) {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.url()))
                    .timeout(Duration.ofSeconds(url.timeoutSeconds()))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            for (HeaderLine header : headers) {
                try {
                    builder.header(header.name(), header.value());
                } catch (IllegalArgumentException refused) {
                    // The client's message quotes the value, which may be a secret: name the header only.
                    return new Exchange.Outcome(null, new DeliveryFailure(FailureKind.OTHER,
                            DeliveryTexts.get("failure.header", header.name())));
                }
            }
            request = builder.build();
        } catch (IllegalArgumentException refused) {
            return new Exchange.Outcome(null, new DeliveryFailure(FailureKind.OTHER,
                    DeliveryTexts.get("failure.request", Failures.deepestMessage(refused))));
        }
        return Exchange.run(client, request, url.timeoutSeconds(), ReceivedResponse.BODY_CAP_BYTES, cancellation);
    }

    private void authenticate(OutgoingCall call, List<HeaderLine> sent, List<HeaderLine> shown,
                              Cancellation cancellation) throws OAuth2Tokens.TokenFailure {
        Auth auth = call.url().auth();
        if (auth instanceof Auth.Basic basic) {
            String pair = basic.username() + ":" + basic.password().reveal();
            add(sent, shown, AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                    pair.getBytes(StandardCharsets.UTF_8)), true);
        } else if (auth instanceof Auth.Bearer bearer) {
            add(sent, shown, AUTHORIZATION, "Bearer " + bearer.token().reveal(), true);
        } else if (auth instanceof Auth.ApiKey apiKey) {
            add(sent, shown, apiKey.header(), apiKey.value().reveal(), true);
        } else if (auth instanceof Auth.Signature signature) {
            add(sent, shown, StandardWebhooks.ID_HEADER, call.webhookId(), false);
            add(sent, shown, StandardWebhooks.TIMESTAMP_HEADER, Long.toString(call.timestampSeconds()), false);
            add(sent, shown, StandardWebhooks.SIGNATURE_HEADER, StandardWebhooks.sign(signature.secret().reveal(),
                    call.webhookId(), call.timestampSeconds(), call.body()), false);
        } else if (auth instanceof Auth.OAuth2Client oauth) {
            Secret token = tokens.token(oauth, call.url().timeoutSeconds(), cancellation);
            add(sent, shown, AUTHORIZATION, "Bearer " + token.reveal(), true);
        }
    }

    /** Adds a header to what is sent and to what is shown; a secret value is shown masked. */
    private static void add(List<HeaderLine> sent, List<HeaderLine> shown, String name, String value, boolean secret) {
        sent.add(new HeaderLine(name, value));
        shown.add(new HeaderLine(name, secret ? mask(value) : value));
    }

    /** Keeps the scheme of an Authorization value ("Bearer ••••••••"), so the operator sees which kind went out. */
    static String mask(String value) {
        int space = value.indexOf(' ');
        boolean scheme = space > 0 && (value.startsWith("Basic ") || value.startsWith("Bearer "));
        return scheme ? value.substring(0, space + 1) + Secret.MASK : Secret.MASK;
    }
}
