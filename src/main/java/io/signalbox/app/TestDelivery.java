package io.signalbox.app;

import io.signalbox.delivery.Cancellation;
import io.signalbox.delivery.LocalReceiver;
import io.signalbox.delivery.OutgoingCall;
import io.signalbox.delivery.WebhookSender;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.domain.SentRequest;
import io.signalbox.payload.InvalidPayloadException;
import io.signalbox.payload.Payload;
import io.signalbox.payload.PayloadCatalog;
import io.signalbox.store.Database;
import io.signalbox.store.DeliveryHistoryRepository;
import io.signalbox.store.NotificationUrlRepository;
import io.signalbox.store.PayloadValuesRepository;
import io.signalbox.store.StoreException;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The test panel's use cases: sample payloads, test calls with the URL's real authentication, their
 * history, "test all" and the local receiver. Methods that reach the store block: call them off the
 * FX thread, except where a method says "any thread". Calls run on a small executor of their own.
 */
public final class TestDelivery implements AutoCloseable {

    /** Calls at once; more wait their turn (test all on a bot with many URLs). */
    static final int PARALLEL_SENDS = 8;
    private static final Logger LOG = Logger.getLogger(TestDelivery.class.getName());

    private final Database database;
    private final NotificationUrlRepository urls;
    private final DeliveryHistoryRepository history = new DeliveryHistoryRepository();
    private final PayloadValuesRepository payloadValues = new PayloadValuesRepository();
    private final PayloadCatalog catalog;
    private final Supplier<WebhookSender> sender;
    private final Clock clock;
    private final Runnable beforeEachStoreCall;
    private final ExecutorService sends;
    private final Set<ReceiverSession> receivers = ConcurrentHashMap.newKeySet();

    TestDelivery(Database database, NotificationUrlRepository urls, Runnable beforeEachStoreCall) {
        // The HTTP client and its TLS set-up cost ~0.3 s: made at the first send, not while the window opens.
        this(database, urls, beforeEachStoreCall, new PayloadCatalog(), onFirstUse(WebhookSender::new),
                Clock.systemUTC());
    }

    TestDelivery(Database database, NotificationUrlRepository urls, Runnable beforeEachStoreCall,
                 PayloadCatalog catalog, WebhookSender sender, Clock clock) {
        this(database, urls, beforeEachStoreCall, catalog, () -> sender, clock);
    }

    private TestDelivery(Database database, NotificationUrlRepository urls, Runnable beforeEachStoreCall,
                         PayloadCatalog catalog, Supplier<WebhookSender> sender, Clock clock) {
        this.database = database;
        this.urls = urls;
        this.beforeEachStoreCall = beforeEachStoreCall;
        this.catalog = catalog;
        this.sender = sender;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(PARALLEL_SENDS, PARALLEL_SENDS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "signalbox-send-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.sends = pool;
    }

    /** The statuses the URL receives, in {@link EventType} order. Any thread. */
    public List<EventType> eventsFor(NotificationUrl url) {
        return Arrays.stream(EventType.values()).filter(url.subscription()::receives).toList();
    }

    /** The bot's remembered payload values; the documentation's examples the first time. */
    public PayloadValues payloadValues(UUID botId) {
        return guard(() -> database.read(connection -> payloadValues.find(connection, botId)))
                .orElseGet(PayloadValues::defaults);
    }

    /** The payload as the platform sends it, pretty-printed, with a fresh id and timestamp. Any thread. */
    public String samplePayload(EventType event, PayloadValues values) {
        return catalog.sample(event, values).prettyJson();
    }

    /** Empty when the text is a payload the platform could send; else one line with the position. Any thread. */
    public Optional<String> payloadProblem(String json) {
        return catalog.problem(json);
    }

    /**
     * Starts a test call and returns at once. The payload's id and timestamp are made fresh, its other
     * values remembered as the bot's. A payload the platform could not send is not sent: the record
     * says why (INVALID_PAYLOAD) and is not kept in the history.
     *
     * @throws SettingsException when the URL (or its bot) no longer exists
     */
    public Sending send(UUID botId, UUID urlId, String payloadJson) {
        NotificationUrl url = findUrl(botId, urlId);
        Payload payload;
        try {
            payload = catalog.refresh(catalog.parse(payloadJson));
        } catch (InvalidPayloadException e) {
            return RunningSend.finished(notSent(url, payloadJson, e.getMessage()));
        }
        Optional<String> notReceived = notReceived(url, payload.event());
        if (notReceived.isPresent()) {
            // An edited status the platform would never send to this URL: a test of it proves nothing.
            return RunningSend.finished(notSent(url, payloadJson, notReceived.get()));
        }
        remember(botId, payload);
        return start(url, payload);
    }

    /** Why the platform never sends {@code event} to this URL ("This URL does not receive …"), or empty (any thread). */
    public Optional<String> notReceived(NotificationUrl url, EventType event) {
        if (url.subscription().receives(event)) {
            return Optional.empty();
        }
        String key = event.onlyForAll() ? "send.onlyForAll" : "send.notSubscribed";
        return Optional.of(AppTexts.get(key, event, url.subscription().asText()));
    }

    /** Sends the body of a history entry again to its URL as configured now, with a fresh id and timestamp. */
    public Sending resend(UUID deliveryId) {
        DeliveryRecord earlier = guard(() -> database.read(connection -> history.find(connection, deliveryId)))
                .orElseThrow(() -> new SettingsException(AppTexts.get("gone.delivery")));
        return send(earlier.botId(), earlier.urlId(), earlier.request().body());
    }

    /** The URL's test deliveries, newest first (the store keeps the last 100). */
    public List<DeliveryRecord> history(UUID urlId) {
        return guard(() -> database.read(connection -> history.listByUrl(connection, urlId)));
    }

    /**
     * Starts sending the event to every enabled URL of the bot at once, each with its own fresh payload
     * from the bot's remembered values; a URL that does not receive the event is skipped. Returns at once.
     */
    public TestAllRun testAll(UUID botId, EventType event) {
        List<NotificationUrl> enabled = guard(() -> database.read(connection -> urls.listByBot(connection, botId)))
                .stream().filter(NotificationUrl::enabled).toList();
        PayloadValues values = payloadValues(botId);
        List<RunningTestAll.Part> parts = new ArrayList<>();
        for (NotificationUrl url : enabled) {
            if (!url.subscription().receives(event)) {
                parts.add(new RunningTestAll.Part(url, AppTexts.get("testAll.notSubscribed", event.name()), null));
            } else {
                parts.add(new RunningTestAll.Part(url, null, start(url, catalog.sample(event, values))));
            }
        }
        return new RunningTestAll(parts);
    }

    /**
     * Starts the local receiver on 127.0.0.1 (port 0: a free one), checking signatures with the secret
     * when one is given.
     *
     * @throws SettingsException for a busy or impossible port, or a malformed secret (one line)
     */
    public ReceiverSession startReceiver(int port, Optional<String> signingSecret) {
        if (port < 0 || port > 65535) {
            throw new SettingsException(AppTexts.get("receiver.port", Integer.toString(port)));
        }
        try {
            LocalReceiverSession session = new LocalReceiverSession(LocalReceiver.start(port,
                    signingSecret.orElse(null), clock), receivers::remove);
            receivers.add(session);
            return session;
        } catch (BindException e) {
            throw new SettingsException(AppTexts.get("receiver.busy", Integer.toString(port)), e);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(AppTexts.get("receiver.secret", e.getMessage()), e);
        } catch (IOException e) {
            throw new SettingsException(AppTexts.get("receiver.failed", e.getMessage()), e);
        }
    }

    /** Stops the send threads (calls still under way end as cancelled) and every receiver still running. */
    @Override
    public void close() {
        sends.shutdownNow();
        List.copyOf(receivers).forEach(ReceiverSession::close);
    }

    private RunningSend start(NotificationUrl url, Payload payload) {
        OutgoingCall call = new OutgoingCall(UUID.randomUUID(), url, payload.event(), payload.compactJson(),
                payload.id(), Long.parseLong(payload.timestamp()));
        Cancellation cancellation = new Cancellation();
        CompletableFuture<DeliveryRecord> result = CompletableFuture.supplyAsync(() -> {
            DeliveryRecord record = sender.get().send(call, cancellation);
            keep(record);
            return record;
        }, sends);
        return new RunningSend(result, cancellation);
    }

    /** Stores a finished call; a store failure loses the history entry, never the answer shown. */
    private void keep(DeliveryRecord record) {
        try {
            guard(() -> database.inTransaction(connection -> {
                history.insert(connection, record);
                return null;
            }));
        } catch (SettingsException e) {
            LOG.log(Level.WARNING, "test delivery " + record.id() + " not kept in the history", e);
        }
    }

    private void remember(UUID botId, Payload payload) {
        guard(() -> database.inTransaction(connection -> {
            PayloadValues before = payloadValues.find(connection, botId).orElseGet(PayloadValues::defaults);
            PayloadValues now = payload.values(before);
            if (!now.equals(before)) {
                payloadValues.save(connection, botId, now);
            }
            return null;
        }));
    }

    private NotificationUrl findUrl(UUID botId, UUID urlId) {
        return guard(() -> database.read(connection -> urls.find(connection, urlId)))
                .filter(url -> url.botId().equals(botId))
                .orElseThrow(() -> new SettingsException(AppTexts.get("gone.url")));
    }

    /** The record of a payload that was refused before sending: nothing went out, so no answer either. */
    private DeliveryRecord notSent(NotificationUrl url, String body, String problem) {
        // A refused text may have no readable status: the record names the URL's first event.
        return new DeliveryRecord(UUID.randomUUID(), url.botId(), url.id(), url.url(), Instant.now(clock),
                eventsFor(url).get(0),
                new SentRequest("POST", url.url(), List.of(), body), Optional.empty(),
                Optional.of(new DeliveryFailure(FailureKind.INVALID_PAYLOAD, problem)), 0);
    }

    private <T> T guard(Supplier<T> work) {
        beforeEachStoreCall.run();
        try {
            return work.get();
        } catch (StoreException e) {
            throw new SettingsException(e.getMessage(), e);
        }
    }

    /** Makes the value on the first get(), once, whichever thread asks first. */
    private static <T> Supplier<T> onFirstUse(Supplier<T> maker) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = maker.get();
                }
                return value;
            }
        };
    }
}
