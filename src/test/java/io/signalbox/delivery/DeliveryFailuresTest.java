package io.signalbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.Auth;
import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.ReceivedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a test call can go wrong, each against a real socket on 127.0.0.1 (or a .invalid name). */
class DeliveryFailuresTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir
    Path dir;

    private final WebhookSender sender = new WebhookSender();

    @Test
    void aClosedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        DeliveryRecord record = send("http://127.0.0.1:" + port + "/hook", 10);

        assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.REFUSED,
                "Connection refused by 127.0.0.1:" + port));
        assertThat(record.response()).isEmpty();
        assertThat(record.succeeded()).isFalse();
    }

    @Test
    void anUnknownHostIsDnsNameNotFound() {
        DeliveryRecord record = send("https://hooks.something.invalid/hook", 10);

        assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.DNS,
                "DNS name not found: hooks.something.invalid"));
    }

    @Test
    void aSelfSignedCertificateIsATlsFailureThatSaysSo() throws Exception {
        TestCertificates certificate = TestCertificates.selfSigned(dir, "selfsigned", "ip:127.0.0.1", null, 2);
        try (RecordingServer server = RecordingServer.https(certificate.serverContext())
                .on("/", RecordingServer.answer(200, "ok"))) {

            DeliveryRecord record = send(server.url("/hook"), 10);

            assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.TLS,
                    "TLS handshake failed: certificate not trusted (self-signed)"));
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void aCertificateForAnotherNameIsAHostnameMismatch() throws Exception {
        TestCertificates certificate = TestCertificates.selfSigned(dir, "other", "dns:hooks.other.example", null, 2);
        WebhookSender trusting = new WebhookSender(Clock.systemUTC(), certificate.trustStore());
        try (RecordingServer server = RecordingServer.https(certificate.serverContext())
                .on("/", RecordingServer.answer(200, "ok"))) {

            DeliveryRecord record = trusting.send(Calls.call(Calls.url(server.url("/hook"), Auth.none())),
                    new Cancellation());

            assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.TLS,
                    "TLS handshake failed: certificate is for another host name (hostname mismatch)"));
        }
    }

    @Test
    void anExpiredCertificateSaysWhenItExpired() throws Exception {
        TestCertificates certificate = TestCertificates.issuedByTestAuthority(dir, "expired", "ip:127.0.0.1",
                "-10d", 2);
        WebhookSender trusting = new WebhookSender(Clock.systemUTC(), certificate.trustStore());
        try (RecordingServer server = RecordingServer.https(certificate.serverContext())
                .on("/", RecordingServer.answer(200, "ok"))) {

            DeliveryRecord record = trusting.send(Calls.call(Calls.url(server.url("/hook"), Auth.none())),
                    new Cancellation());

            assertThat(record.failure()).hasValueSatisfying(failure -> {
                assertThat(failure.kind()).isEqualTo(FailureKind.TLS);
                assertThat(failure.message()).startsWith("TLS handshake failed: certificate expired on ")
                        .contains(LocalDate.now(ZoneOffset.UTC).minusDays(8).toString().substring(0, 7));
            });
        }
    }

    @Test
    void aTrustedCertificateForThisHostIsAnsweredNormally() throws Exception {
        TestCertificates certificate = TestCertificates.selfSigned(dir, "good", "ip:127.0.0.1", null, 2);
        WebhookSender trusting = new WebhookSender(Clock.systemUTC(), certificate.trustStore());
        try (RecordingServer server = RecordingServer.https(certificate.serverContext())
                .on("/", RecordingServer.answer(201, "created"))) {

            DeliveryRecord record = trusting.send(Calls.call(Calls.url(server.url("/hook"), Auth.none())),
                    new Cancellation());

            assertThat(record.response()).map(ReceivedResponse::status).contains(201);
        }
    }

    @Test
    void plainHttpBehindAnHttpsUrlIsExplained() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // A plain HTTP server reads the TLS greeting as a bad request and answers in clear text.
            CompletableFuture.runAsync(() -> {
                try (Socket socket = listener.accept()) {
                    socket.getInputStream().read(new byte[512]);
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                } catch (IOException ignored) {
                    // the test's assertion tells what went wrong
                }
            });

            DeliveryRecord record = send("https://127.0.0.1:" + listener.getLocalPort() + "/hook", 10);

            assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.TLS,
                    "TLS handshake failed: the server did not answer in TLS (plain http on an https:// URL?)"));
        }
    }

    @Test
    void aServerSlowerThanTheTimeoutIsATimeoutAfterThatManySeconds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (RecordingServer server = RecordingServer.http().on("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            RecordingServer.answer(200, "late").handle(exchange);
        })) {
            DeliveryRecord record = send(server.url("/slow"), 1);
            release.countDown();

            assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.TIMEOUT, "No answer within 1 s"));
            assertThat(record.elapsedMillis()).isBetween(900L, 3_000L);
        }
    }

    @Test
    void aTenMegabyteBodyIsCappedAtOneMebibyteAndCountedWhole() throws Exception {
        try (RecordingServer server = RecordingServer.http()
                .on("/chunked", exchange -> stream(exchange, 0))
                .on("/sized", exchange -> stream(exchange, TEN_MB))) {

            for (String path : new String[] {"/chunked", "/sized"}) {
                DeliveryRecord record = send(server.url(path), 30);

                assertThat(record.response()).as(path).hasValueSatisfying(response -> {
                    assertThat(response.status()).isEqualTo(200);
                    assertThat(response.truncated()).isTrue();
                    assertThat(response.sizeBytes()).isEqualTo(TEN_MB);
                    assertThat(response.body()).hasSize(ReceivedResponse.BODY_CAP_BYTES).matches("x+");
                });
            }
        }
    }

    @Test
    void aRedirectIsTheAnswerAndIsNotFollowed() throws Exception {
        try (RecordingServer server = RecordingServer.http()
                .on("/moved", RecordingServer.answer(302, "", "Location", "/elsewhere"))
                .on("/elsewhere", RecordingServer.answer(200, "should not be reached"))) {

            DeliveryRecord record = send(server.url("/moved"), 10);

            assertThat(record.response()).hasValueSatisfying(response -> {
                assertThat(response.status()).isEqualTo(302);
                assertThat(response.reason()).isEqualTo("Found");
                assertThat(response.header("location")).contains("/elsewhere");
            });
            assertThat(record.succeeded()).isFalse();
            assertThat(server.requests()).extracting(RecordingServer.Request::path).containsExactly("/moved");
        }
    }

    @Test
    void aServerErrorIsAnAnswerWithItsStatusAndBody() throws Exception {
        try (RecordingServer server = RecordingServer.http()
                .on("/broken", RecordingServer.answer(500, "{\"error\":\"boom\"}", "Content-Type",
                        "application/json; charset=utf-8"))) {

            DeliveryRecord record = send(server.url("/broken"), 10);

            assertThat(record.failure()).isEmpty();
            assertThat(record.response()).hasValueSatisfying(response -> {
                assertThat(response.status()).isEqualTo(500);
                assertThat(response.reason()).isEqualTo("Internal Server Error");
                assertThat(response.body()).isEqualTo("{\"error\":\"boom\"}");
            });
            assertThat(record.succeeded()).isFalse();
        }
    }

    @Test
    void cancellingAbortsTheExchangeAndClosesTheConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Boolean> serverSawClose = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = listener.accept()) {
                    InputStream in = socket.getInputStream();
                    readRequestHead(in);
                    socket.setSoTimeout(5_000);
                    // Never answer: only the client closing the connection ends this read.
                    while (in.read() >= 0) {
                        continue;
                    }
                    return true;
                } catch (IOException e) {
                    return false;
                }
            });
            Cancellation cancellation = new Cancellation();
            CompletableFuture<DeliveryRecord> sending = CompletableFuture.supplyAsync(() -> sender.send(
                    Calls.call(Calls.url("http://127.0.0.1:" + listener.getLocalPort() + "/hook", Auth.none(),
                            Map.of(), 30)), cancellation));
            Thread.sleep(500);

            long start = System.nanoTime();
            cancellation.cancel();
            DeliveryRecord record = sending.get(5, TimeUnit.SECONDS);

            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
            assertThat(record.failure()).contains(new DeliveryFailure(FailureKind.CANCELLED, "Cancelled"));
            assertThat(serverSawClose.get(5, TimeUnit.SECONDS)).as("the server saw the connection close").isTrue();
        }
    }

    @Test
    void aCallCancelledBeforeItStartsIsNeverSent() throws Exception {
        try (RecordingServer server = RecordingServer.http().on("/", RecordingServer.answer(200, "ok"))) {
            Cancellation cancellation = new Cancellation();
            cancellation.cancel();

            DeliveryRecord record = sender.send(Calls.call(Calls.url(server.url("/hook"), Auth.none())), cancellation);

            assertThat(record.failure()).map(DeliveryFailure::kind).contains(FailureKind.CANCELLED);
            assertThat(server.requests()).isEmpty();
        }
    }

    private DeliveryRecord send(String address, int timeoutSeconds) {
        return sender.send(Calls.call(Calls.url(address, Auth.none(), Map.of(), timeoutSeconds)), new Cancellation());
    }

    /** Streams ten megabytes from a 64 KiB buffer, so the server never holds the body either. */
    private static void stream(com.sun.net.httpserver.HttpExchange exchange, long length) throws IOException {
        exchange.sendResponseHeaders(200, length);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
            for (int sent = 0; sent < TEN_MB; sent += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                return;
            }
        }
        throw new IOException("no request: " + new String(head.toString().getBytes(), StandardCharsets.UTF_8));
    }
}
