package io.signalbox.delivery;

import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedResponse;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange run to its end on the calling thread: within the timeout (connect, answer and
 * body together), abortable through a {@link Cancellation}, the body capped as it streams in.
 */
final class Exchange {

    /** Extra wait past the timeout for the client's own timer to report it first. */
    private static final long GRACE_MILLIS = 250;

    private Exchange() {
    }

    /** The answer, or why there is none; exactly one is set. */
    record Outcome(ReceivedResponse response, DeliveryFailure failure) {
    }

    static Outcome run(HttpClient client, HttpRequest request, int timeoutSeconds, int cap,
                       Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            return new Outcome(null, Failures.cancelled());
        }
        CappedBody.Handler handler = new CappedBody.Handler(cap);
        CompletableFuture<HttpResponse<CappedBody.Result>> future = client.sendAsync(request, handler);
        // Cancelling the future makes the JDK's client abort the exchange and close its connection.
        cancellation.onCancel(() -> {
            handler.cutShort();
            future.cancel(true);
        });
        try {
            HttpResponse<CappedBody.Result> response = future.get(timeoutSeconds * 1000L + GRACE_MILLIS,
                    TimeUnit.MILLISECONDS);
            if (cancellation.isCancelled()) {
                return new Outcome(null, Failures.cancelled());
            }
            return new Outcome(response(response.statusCode(), response.headers(), response.body()), null);
        } catch (TimeoutException late) {
            ResponseInfo info = handler.info();
            CappedBody.Result partial = handler.cutShort();
            future.cancel(true);
            if (info == null || partial == null) {
                return new Outcome(null, Failures.timeout(timeoutSeconds));
            }
            // The answer came but its body did not finish in time: show what came, marked as cut.
            return new Outcome(response(info.statusCode(), info.headers(), partial), null);
        } catch (CancellationException e) {
            return new Outcome(null, Failures.cancelled());
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                return new Outcome(null, Failures.cancelled());
            }
            return new Outcome(null, Failures.describe(e.getCause(), request.uri(), timeoutSeconds));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, Failures.cancelled());
        }
    }

    static ReceivedResponse response(int status, HttpHeaders headers, CappedBody.Result body) {
        List<HeaderLine> lines = new ArrayList<>();
        headers.map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(value -> lines.add(new HeaderLine(name, value)));
            }
        });
        long size = body.received();
        if (body.truncated()) {
            size = Math.max(size, headers.firstValueAsLong("content-length").orElse(0));
        }
        String text = new String(body.kept(), charsetOf(headers));
        return new ReceivedResponse(status, ReasonPhrases.of(status), lines, text, size, body.truncated());
    }

    private static Charset charsetOf(HttpHeaders headers) {
        String type = headers.firstValue("content-type").orElse("");
        for (String parameter : type.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                try {
                    return Charset.forName(pair[1].strip().replace("\"", ""));
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
