package io.signalbox.app;

import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.PayloadValues;
import io.signalbox.store.Database;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The test panel's use cases: sample payloads, test calls with the URL's real authentication, their
 * history, "test all" and the local receiver. Methods that reach the store or the network block:
 * call them off the FX thread, except where a method says "any thread".
 */
public final class TestDelivery implements AutoCloseable {

    private final Database database;

    TestDelivery(Database database) {
        this.database = database;
    }

    /** The statuses the URL receives, in {@link EventType} order. Any thread. */
    public List<EventType> eventsFor(NotificationUrl url) {
        return Arrays.stream(EventType.values()).filter(url.subscription()::receives).toList();
    }

    /** The bot's remembered payload values; the documentation's examples the first time. */
    public PayloadValues payloadValues(UUID botId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The payload as the platform sends it, pretty-printed, with a fresh id and timestamp. Any thread. */
    public String samplePayload(EventType event, PayloadValues values) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Empty when the text is a payload the platform could send; else one line with the position. Any thread. */
    public Optional<String> payloadProblem(String json) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Starts a test call and returns at once; id and timestamp are made fresh, the other values remembered. */
    public Sending send(UUID botId, UUID urlId, String payloadJson) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Sends the body of a history entry again, with a fresh id and timestamp. */
    public Sending resend(UUID deliveryId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The URL's test deliveries, newest first (the store keeps the last 100). */
    public List<DeliveryRecord> history(UUID urlId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Starts sending the event to every enabled URL of the bot in parallel; returns at once. */
    public TestAllRun testAll(UUID botId, EventType event) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Starts the local receiver on 127.0.0.1 (port 0: a free one); a busy port is a SettingsException. */
    public ReceiverSession startReceiver(int port, Optional<String> signingSecret) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Stops the sending threads. */
    @Override
    public void close() {
    }
}
