package io.signalbox.ui.testpanel;

import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.SentRequest;
import io.signalbox.domain.SignatureVerdict;
import io.signalbox.ui.common.JsonText;
import io.signalbox.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How the test panel words and colours deliveries: status, cause, size, time. Pure; any thread. */
public final class DeliveryTexts {

    /** Style classes of an outcome; CSS maps them to the theme's success/accent/warning/danger colours. */
    public static final String SUCCESS = "outcome-success";
    public static final String REDIRECT = "outcome-redirect";
    public static final String CLIENT_ERROR = "outcome-warning";
    public static final String FAILURE = "outcome-danger";
    public static final String PENDING = "outcome-pending";
    public static final List<String> ALL_OUTCOMES = List.of(SUCCESS, REDIRECT, CLIENT_ERROR, FAILURE, PENDING);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DeliveryTexts() {
    }

    /** "200 OK", or the failure's plain cause. */
    public static String result(DeliveryRecord record) {
        if (record.response().isPresent()) {
            return status(record.response().get());
        }
        return record.failure().map(failure -> failure.message()).orElse("");
    }

    public static String status(ReceivedResponse response) {
        return response.reason().isBlank() ? String.valueOf(response.status())
                : Messages.get("delivery.status", String.valueOf(response.status()), response.reason());
    }

    /** The style class for a record: 2xx green, 3xx neutral blue, 4xx amber, 5xx and failures red. */
    public static String outcomeClass(DeliveryRecord record) {
        if (record.response().isPresent()) {
            return statusClass(record.response().get().status());
        }
        return record.failure().map(failure -> failureClass(failure.kind())).orElse(FAILURE);
    }

    public static String statusClass(int status) {
        if (status >= 200 && status < 300) {
            return SUCCESS;
        }
        if (status >= 300 && status < 400) {
            return REDIRECT;
        }
        if (status >= 400 && status < 500) {
            return CLIENT_ERROR;
        }
        return FAILURE;
    }

    /** "132 ms" under a second, else "2.4 s". */
    public static String elapsed(long millis) {
        return millis < 1000 ? Messages.get("delivery.elapsed.ms", millis)
                : Messages.get("delivery.elapsed.s", millis / 1000.0);
    }

    /** "532 B", "1.2 kB", "10.0 MB" (decimal units, as browsers and curl show them). */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return Messages.get("size.bytes", bytes);
        }
        if (bytes < 1_000_000) {
            return Messages.get("size.kB", bytes / 1000.0);
        }
        return Messages.get("size.MB", bytes / 1_000_000.0);
    }

    /** "Showing the first 1 MiB of 10.0 MB" when the cap cut the body; empty otherwise. */
    public static String truncation(ReceivedResponse response) {
        return response.truncated() ? Messages.get("delivery.truncated", size(response.sizeBytes())) : "";
    }

    /** The time of day for today's entries, else date and time; in this machine's zone. */
    public static String when(Instant instant, ZoneId zone, LocalDate today) {
        var local = instant.atZone(zone);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DATE_TIME.format(local);
    }

    public static String when(Instant instant) {
        ZoneId zone = ZoneId.systemDefault();
        return when(instant, zone, LocalDate.now(zone));
    }

    /** An event as the payload's {@code status} spells it, which is what operators match on. */
    public static String event(EventType event) {
        return event.name();
    }

    /** The short word on a failure's badge ("Refused", "Timeout", "Cancelled"). */
    public static String failureBadge(io.signalbox.domain.FailureKind kind) {
        return Messages.get("delivery.failure." + kind.name());
    }

    /** Cancelled by the operator is not the endpoint's fault: neutral, not red. */
    public static String failureClass(io.signalbox.domain.FailureKind kind) {
        return kind == io.signalbox.domain.FailureKind.CANCELLED ? PENDING : FAILURE;
    }

    /** The status bar's line after a call: "FAILED to https://…: 202 Accepted in 135 ms". */
    public static String sentSummary(DeliveryRecord record) {
        return Messages.get("status.testSent", event(record.event()), record.url(), result(record),
                elapsed(record.elapsedMillis()));
    }

    /** The request as an HTTP client would print it: request line, headers, blank line, body (pretty when JSON). */
    public static String requestText(SentRequest request) {
        return httpText(request.method() + " " + request.url(), request.headers(), request.body());
    }

    /** A message with a first line, header lines and a body, as curl -v shows it. */
    public static String httpText(String firstLine, List<HeaderLine> headers, String body) {
        StringBuilder text = new StringBuilder(firstLine).append('\n');
        for (HeaderLine header : headers) {
            text.append(header.name()).append(": ").append(header.value()).append('\n');
        }
        if (!body.isEmpty()) {
            text.append('\n').append(JsonText.forDisplay(body));
        }
        return text.toString();
    }

    public static String verdict(SignatureVerdict verdict) {
        return Messages.get("receiver.verdict." + verdict.name());
    }

    public static String verdictClass(SignatureVerdict verdict) {
        switch (verdict) {
            case VALID:
                return SUCCESS;
            case INVALID:
                return FAILURE;
            case NOT_SIGNED:
                return CLIENT_ERROR;
            default:
                return PENDING;
        }
    }
}
