package io.signalbox.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedRequest;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.SigningSecret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A webhook endpoint on this computer (127.0.0.1 only) for trying URLs out: records every request
 * (method, path, headers, body up to 1 MiB) and checks its Standard Webhooks signature with the
 * given secret. Answers every request {@code 204 No Content}, signed or not, so the sender's side
 * shows a success and the verdict is read here. Requests are handled one at a time on the
 * receiver's own thread, which is also where listeners are called.
 */
public final class LocalReceiver implements AutoCloseable {

    /** Requests kept for {@link #requests()}; older ones are dropped. */
    public static final int KEPT_REQUESTS = 1000;

    private final HttpServer server;
    private final ExecutorService thread;
    private final String secret;
    private final Clock clock;
    private final Deque<ReceivedRequest> requests = new ArrayDeque<>();
    private final List<Consumer<ReceivedRequest>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalReceiver(HttpServer server, ExecutorService thread, String secret, Clock clock) {
        this.server = server;
        this.thread = thread;
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * Starts listening on 127.0.0.1 at {@code port} (0: a free one). {@code signingSecret} (null: none)
     * must be a valid {@code whsec_} secret.
     *
     * @throws java.net.BindException when the port is taken
     * @throws IllegalArgumentException when the secret is malformed (the message never repeats it)
     */
    public static LocalReceiver start(int port, String signingSecret, Clock clock) throws IOException {
        if (signingSecret != null && !SigningSecret.check("secret", signingSecret).isEmpty()) {
            throw new IllegalArgumentException(SigningSecret.check("secret", signingSecret).get(0).message());
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "signalbox-receiver");
            t.setDaemon(true);
            return t;
        });
        LocalReceiver receiver = new LocalReceiver(server, thread, signingSecret, clock);
        server.createContext("/", receiver::handle);
        server.setExecutor(thread);
        server.start();
        return receiver;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The requests received so far, oldest first (at most {@value #KEPT_REQUESTS}). */
    public List<ReceivedRequest> requests() {
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }

    /** Calls {@code listener} on the receiver's thread for every request from now on. */
    public void onRequest(Consumer<ReceivedRequest> listener) {
        listeners.add(listener);
    }

    /** Stops listening at once; the port is free when this returns. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            thread.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readCapped(exchange.getRequestBody());
            List<HeaderLine> headers = new ArrayList<>();
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                boolean credential = looksLikeCredential(header.getKey());
                header.getValue().forEach(value -> headers.add(new HeaderLine(header.getKey(),
                        credential ? WebhookSender.mask(value) : value)));
            }
            String text = new String(body, StandardCharsets.UTF_8);
            StandardWebhooks.Verdict verdict = StandardWebhooks.verify(secret,
                    exchange.getRequestHeaders().getFirst(StandardWebhooks.ID_HEADER),
                    exchange.getRequestHeaders().getFirst(StandardWebhooks.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(StandardWebhooks.SIGNATURE_HEADER), text, clock.instant());
            ReceivedRequest request = new ReceivedRequest(clock.instant(), exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null
                            ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                    headers, text, verdict.verdict(), verdict.detail());
            synchronized (requests) {
                requests.addLast(request);
                if (requests.size() > KEPT_REQUESTS) {
                    requests.removeFirst();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            for (Consumer<ReceivedRequest> listener : listeners) {
                try {
                    listener.accept(request);
                } catch (RuntimeException broken) {
                    // A listener's failure must not stop the receiver or lose the next request.
                    java.util.logging.Logger.getLogger(LocalReceiver.class.getName())
                            .log(java.util.logging.Level.WARNING, "receiver listener failed", broken);
                }
            }
        }
    }

    /** Reads the whole body, keeping the first 1 MiB (the rest is read and dropped). */
    private static byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = in.read(chunk)) >= 0) {
            int room = Math.min(read, ReceivedResponse.BODY_CAP_BYTES - kept.size());
            if (room > 0) {
                kept.write(chunk, 0, room);
            }
        }
        return kept.toByteArray();
    }

    /**
     * Credentials a caller sent are shown masked, as the sender shows its own: the receiver's list
     * ends up in terminals and screenshots. The signing headers stay visible: they are not secrets.
     */
    static boolean looksLikeCredential(String headerName) {
        String name = headerName.toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("webhook-")) {
            return false;
        }
        return name.equals("authorization") || name.equals("proxy-authorization") || name.equals("cookie")
                || name.contains("api-key") || name.contains("apikey") || name.contains("token")
                || name.contains("secret") || name.contains("password");
    }
}
