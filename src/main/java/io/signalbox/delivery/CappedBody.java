package io.signalbox.delivery;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as it streams in: the first {@code cap} bytes are kept, the rest is counted
 * and dropped, so a body of any size costs at most {@code cap} bytes of memory. Reads one chunk
 * at a time (back-pressure), and can be cut short when the time is up.
 */
final class CappedBody implements BodySubscriber<CappedBody.Result> {

    /** What was kept, how many bytes arrived, and whether the kept bytes are not the whole body. */
    record Result(byte[] kept, long received, boolean truncated) {
    }

    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;

    CappedBody(int cap) {
        this.cap = cap;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription newSubscription) {
        if (result.isDone()) {
            newSubscription.cancel();
            return;
        }
        subscription = newSubscription;
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int size = buffer.remaining();
            received += size;
            int room = (int) Math.max(0, Math.min(size, cap - (long) kept.size()));
            if (room > 0) {
                byte[] bytes = new byte[room];
                buffer.get(bytes);
                kept.write(bytes, 0, room);
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public synchronized void onComplete() {
        result.complete(new Result(kept.toByteArray(), received, received > kept.size()));
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    /** Stops reading and keeps what arrived so far, marked as not the whole body. */
    synchronized Result cutShort() {
        result.complete(new Result(kept.toByteArray(), received, true));
        if (subscription != null) {
            subscription.cancel();
        }
        return result.join();
    }

    /** A handler that remembers the status line and headers as soon as they arrive, and the body subscriber. */
    static final class Handler implements HttpResponse.BodyHandler<Result> {

        private final int cap;
        private ResponseInfo info;
        private CappedBody body;

        Handler(int cap) {
            this.cap = cap;
        }

        @Override
        public synchronized BodySubscriber<Result> apply(ResponseInfo responseInfo) {
            info = responseInfo;
            body = new CappedBody(cap);
            return body;
        }

        /** The status and headers, once they arrived; null before. */
        synchronized ResponseInfo info() {
            return info;
        }

        /** The body read so far, cut short; null when the headers have not arrived. */
        Result cutShort() {
            CappedBody current;
            synchronized (this) {
                current = body;
            }
            return current == null ? null : current.cutShort();
        }
    }
}
