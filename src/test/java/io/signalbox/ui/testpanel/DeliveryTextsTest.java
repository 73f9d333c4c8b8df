package io.signalbox.ui.testpanel;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.FailureKind;
import io.signalbox.domain.HeaderLine;
import io.signalbox.domain.ReceivedResponse;
import io.signalbox.domain.SentRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeliveryTextsTest {

    private static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    private static final SentRequest REQUEST = new SentRequest("POST", "https://crm.example.com/hook",
            List.of(new HeaderLine("Content-Type", "application/json"), new HeaderLine("Authorization", "Bearer ••••")),
            "{\"status\":\"READ\"}");

    private static DeliveryRecord answered(int status, String reason) {
        return new DeliveryRecord(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), REQUEST.url(), Instant.now(),
                EventType.READ, REQUEST, Optional.of(new ReceivedResponse(status, reason, List.of(), "", 0, false)),
                Optional.empty(), 12);
    }

    private static DeliveryRecord failed(FailureKind kind, String message) {
        return new DeliveryRecord(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), REQUEST.url(), Instant.now(),
                EventType.READ, REQUEST, Optional.empty(), Optional.of(new DeliveryFailure(kind, message)), 10_000);
    }

    @Test
    void statusColoursFollowTheClassOfTheAnswer() {
        assertThat(DeliveryTexts.outcomeClass(answered(204, "No Content"))).isEqualTo(DeliveryTexts.SUCCESS);
        assertThat(DeliveryTexts.outcomeClass(answered(302, "Found"))).isEqualTo(DeliveryTexts.REDIRECT);
        assertThat(DeliveryTexts.outcomeClass(answered(401, "Unauthorized"))).isEqualTo(DeliveryTexts.CLIENT_ERROR);
        assertThat(DeliveryTexts.outcomeClass(answered(503, "Service Unavailable"))).isEqualTo(DeliveryTexts.FAILURE);
        assertThat(DeliveryTexts.outcomeClass(failed(FailureKind.REFUSED, "Connection refused by 127.0.0.1:1")))
                .isEqualTo(DeliveryTexts.FAILURE);
        assertThat(DeliveryTexts.outcomeClass(failed(FailureKind.CANCELLED, "Cancelled"))).isEqualTo(DeliveryTexts.PENDING);
    }

    @Test
    void resultIsTheStatusWithReasonOrThePlainCause() {
        assertThat(DeliveryTexts.result(answered(200, "OK"))).isEqualTo("200 OK");
        assertThat(DeliveryTexts.result(answered(299, ""))).isEqualTo("299");
        assertThat(DeliveryTexts.result(failed(FailureKind.TIMEOUT, "No answer within 10 s"))).isEqualTo("No answer within 10 s");
    }

    @Test
    void sizesAndTimesReadAsBrowsersShowThem() {
        assertThat(DeliveryTexts.size(532)).isEqualTo("532 B");
        assertThat(DeliveryTexts.size(1234)).isEqualTo("1.2 kB");
        assertThat(DeliveryTexts.size(10_000_000)).isEqualTo("10.0 MB");
        assertThat(DeliveryTexts.elapsed(132)).isEqualTo("132 ms");
        assertThat(DeliveryTexts.elapsed(2_449)).isEqualTo("2.4 s");
        assertThat(DeliveryTexts.truncation(new ReceivedResponse(200, "OK", List.of(), "x", 10_000_000, true)))
                .isEqualTo("Showing the first 1 MiB of 10.0 MB");
        assertThat(DeliveryTexts.truncation(new ReceivedResponse(200, "OK", List.of(), "x", 1, false))).isEmpty();
    }

    @Test
    void todayShowsTheTimeOtherDaysTheDateToo() {
        Instant at = Instant.parse("2026-12-04T21:08:25Z");
        assertThat(DeliveryTexts.when(at, ZoneOffset.UTC, LocalDate.of(2026, 12, 4))).isEqualTo("21:08:25");
        assertThat(DeliveryTexts.when(at, ZoneOffset.UTC, LocalDate.of(2026, 12, 5))).isEqualTo("2026-12-04 21:08");
    }

    @Test
    void theRequestReadsLikeAnHttpClientPrintsIt() {
        assertThat(DeliveryTexts.requestText(REQUEST)).isEqualTo("""
                POST https://crm.example.com/hook
                Content-Type: application/json
                Authorization: Bearer ••••

                {
                  "status": "READ"
                }""");
    }

    @Test
    void missingEventsAreExplained() {
        assertThat(SendViewModel.missingNote(List.of(EventType.FAILED, EventType.READ))).isEqualTo(
                "DELIVERED_CHANNEL and DELIVERED_USER reach only URLs subscribed to All. "
                        + "Not offered: this URL is not subscribed to REPLY.");
        assertThat(SendViewModel.missingNote(List.of(EventType.values()))).isEmpty();
    }

    @Test
    void receiverPortIsEmptyForAnyOrOneTo65535() {
        assertThat(ReceiverViewModel.parsePort("")).hasValue(0);
        assertThat(ReceiverViewModel.parsePort(" 8080 ")).hasValue(8080);
        assertThat(ReceiverViewModel.parsePort("0")).isEmpty();
        assertThat(ReceiverViewModel.parsePort("65536")).isEmpty();
        assertThat(ReceiverViewModel.parsePort("80a")).isEmpty();
    }
}
