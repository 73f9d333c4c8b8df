package io.signalbox.cli;

import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedRequest;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.SentRequest;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Test calls and received requests as the terminal shows them: start line, headers, blank line, body. */
final class DeliveryText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DeliveryText() {
    }

    /** The request as sent (secrets already masked), then the answer; a failure is left to the caller. */
    static void print(DeliveryRecord record, PrintWriter out) {
        SentRequest request = record.request();
        out.println(request.method() + " " + request.url());
        headers(request.headers(), out);
        out.println();
        out.println(request.body());
        if (record.response().isPresent()) {
            ReceivedResponse response = record.response().get();
            out.println();
            out.println(CliMessages.get("send.answer", Integer.toString(response.status()), response.reason(),
                    Long.toString(record.elapsedMillis()), Long.toString(response.sizeBytes())).strip());
            headers(response.headers(), out);
            if (!response.body().isEmpty()) {
                out.println();
                out.println(response.body());
            }
            if (response.truncated()) {
                out.println(CliMessages.get("send.truncated", Integer.toString(ReceivedResponse.BODY_CAP_BYTES),
                        Long.toString(response.sizeBytes())));
            }
        }
        out.flush();
    }

    /** One request the receiver got: time, method, path, the signature verdict, headers and body. */
    static void print(ReceivedRequest request, PrintWriter out) {
        out.println(CliMessages.get("receive.request", TIME.format(request.receivedAt().atZone(ZoneId.systemDefault())),
                request.method(), request.path()));
        out.println(CliMessages.get("receive.verdict", request.verdict().name(), request.verdictDetail()));
        headers(request.headers(), out);
        out.println();
        if (!request.body().isEmpty()) {
            out.println(request.body());
            out.println();
        }
        out.flush();
    }

    private static void headers(List<HeaderLine> headers, PrintWriter out) {
        for (HeaderLine header : headers) {
            out.println(header.name() + ": " + header.value());
        }
    }
}
