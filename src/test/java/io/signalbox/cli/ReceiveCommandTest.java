package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import io.signalbox.domain.SigningSecret;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiveCommandTest {

    private static final String SECRET = SigningSecret.generate();

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void printsEachRequestWithItsVerdictAndStopsAfterCount() throws Exception {
        int port = freePort();
        CompletableFuture<CliRun> receiving = CompletableFuture.supplyAsync(() -> CliRun.run("--data-dir",
                dir.toString(), "receive", "--port", Integer.toString(port), "--secret", SECRET, "--count", "2"));

        long now = Instant.now().getEpochSecond();
        String body = "{\"status\":\"READ\"}";
        int signed = post(port, "/hooks/crm", body, "msg_1", now, new Webhook(SECRET).sign("msg_1", now, body));
        int unsigned = post(port, "/other", "{}", null, 0, null);
        CliRun run = receiving.get(20, TimeUnit.SECONDS);

        assertThat(signed).isEqualTo(204);
        assertThat(unsigned).isEqualTo(204);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).startsWith("Listening on http://127.0.0.1:" + port + "/ (Ctrl+C to stop)",
                "Signatures are checked with the given secret.", "");
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("\\[\\d\\d:\\d\\d:\\d\\d] POST /hooks/crm"));
        assertThat(run.outLines()).contains("signature: VALID (signature verifies with the given secret)",
                "Webhook-id: msg_1", body,
                "signature: NOT_SIGNED (the request has no webhook-signature header)");
        assertThat(run.out()).doesNotContain(SECRET);
    }

    @Test
    void withoutASecretNothingIsChecked() throws Exception {
        int port = freePort();
        CompletableFuture<CliRun> receiving = CompletableFuture.supplyAsync(() -> CliRun.run("--data-dir",
                dir.toString(), "receive", "--port", Integer.toString(port), "--count", "1"));

        post(port, "/", "{}", null, 0, null);
        CliRun run = receiving.get(20, TimeUnit.SECONDS);

        assertThat(run.outLines()).contains("No secret given: signatures are not checked.",
                "signature: NO_SECRET (no secret given: the signature was not checked)");
    }

    @Test
    void theEndOfATerminalsInputStopsIt() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> receiving = CompletableFuture.supplyAsync(() -> SignalboxCommandLine.run(
                new String[] {"--data-dir", dir.toString(), "receive"}, CliRun.NO_WINDOW, input,
                new PrintWriter(out), new PrintWriter(err)));
        waitUntil(() -> out.toString().contains("Listening on"));

        keyboard.close();

        assertThat(receiving.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aBusyPortOrABadSecretIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun busy = CliRun.run("--data-dir", dir.toString(), "receive", "--port",
                    Integer.toString(taken.getLocalPort()));
            CliRun badSecret = CliRun.run("--data-dir", dir.toString(), "receive", "--secret", "whsec_c2hvcnQ=");

            assertThat(busy.exitCode()).isEqualTo(1);
            assertThat(busy.errLines()).containsExactly("signalbox: Port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use: choose another, or 0 for any free port.");
            assertThat(badSecret.exitCode()).isEqualTo(1);
            assertThat(badSecret.errLines()).containsExactly("signalbox: The signing secret is not valid: "
                    + "a signing secret decodes to 24\u201364 bytes (this one has 5).");
        }
    }

    /** Posts once the receiver listens (it starts in another thread); returns the status. */
    private int post(int port, String path, String body, String id, long timestamp, String signature)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (ConnectException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(20);
        }
    }
}
