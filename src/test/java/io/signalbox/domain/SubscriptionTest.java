package io.signalbox.domain;

import static io.signalbox.domain.SubscriptionEvent.ALL;
import static io.signalbox.domain.SubscriptionEvent.FAILED;
import static io.signalbox.domain.SubscriptionEvent.READ;
import static io.signalbox.domain.SubscriptionEvent.REPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SubscriptionTest {

    private static final String ALL_EXCLUSIVE =
            "All already includes every event: choose All alone, or only Read, Failed and Reply";

    @Test
    void noEventsAtAllIsRefused() {
        assertThat(Subscription.check(List.of())).extracting(Problem::toString)
                .containsExactly("events: choose at least one event");
        assertThat(Subscription.check(null)).extracting(Problem::field).containsExactly("events");
        assertThatThrownBy(() -> new Subscription(EnumSet.noneOf(SubscriptionEvent.class)))
                .isInstanceOf(InvalidInputException.class).hasMessage("events: choose at least one event");
        assertThatThrownBy(() -> new Subscription(null)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @EnumSource(value = SubscriptionEvent.class, names = {"READ", "FAILED", "REPLY"})
    void allBesideAnyOtherEventIsRefused(SubscriptionEvent other) {
        assertThat(Subscription.check(EnumSet.of(ALL, other))).extracting(Problem::message).containsExactly(ALL_EXCLUSIVE);
        assertThatThrownBy(() -> Subscription.of(ALL, other)).isInstanceOf(InvalidInputException.class)
                .hasMessage("events: " + ALL_EXCLUSIVE);
    }

    @Test
    void oneOrSeveralOfReadFailedReplyOrAllAloneAreAccepted() {
        assertThat(Subscription.check(EnumSet.of(READ, FAILED))).isEmpty();
        assertThat(Subscription.check(EnumSet.of(READ, FAILED, REPLY))).isEmpty();
        assertThat(Subscription.check(EnumSet.of(REPLY))).isEmpty();
        assertThat(Subscription.check(EnumSet.of(ALL))).isEmpty();
        assertThat(Subscription.of(READ, FAILED).events()).containsExactlyInAnyOrder(READ, FAILED);
        assertThat(Subscription.all().isAll()).isTrue();
        assertThat(Subscription.of(READ, FAILED, REPLY).isAll()).isFalse();
    }

    @Test
    void theEventsCannotBeChangedAfterwards() {
        Set<SubscriptionEvent> chosen = EnumSet.of(READ);
        Subscription subscription = new Subscription(chosen);
        chosen.add(FAILED);
        assertThat(subscription.events()).containsExactly(READ);
        assertThatThrownBy(() -> subscription.events().add(REPLY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "[{index}] {0} receives {1}: {2}")
    @CsvSource({
            "READ,         READ,              true",
            "READ,         FAILED,            false",
            "READ,         DELIVERED_USER,    false",
            "FAILED,       FAILED,            true",
            "FAILED,       REPLY,             false",
            "REPLY,        REPLY,             true",
            "'READ,FAILED,REPLY', DELIVERED_CHANNEL, false",
            "'READ,FAILED,REPLY', DELIVERED_USER,    false",
            "'READ,FAILED,REPLY', READ,              true",
            "ALL,          DELIVERED_CHANNEL, true",
            "ALL,          DELIVERED_USER,    true",
            "ALL,          READ,              true",
            "ALL,          FAILED,            true",
            "ALL,          REPLY,             true",
    })
    void whichStatusesReachAUrl(String subscription, EventType status, boolean receives) {
        assertThat(Subscription.parse(subscription).receives(status)).isEqualTo(receives);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void deliveredEventsReachOnlyUrlsSubscribedToAll(EventType status) {
        Subscription everyChoiceButAll = Subscription.of(READ, FAILED, REPLY);
        assertThat(everyChoiceButAll.receives(status)).isEqualTo(!status.onlyForAll());
        assertThat(Subscription.all().receives(status)).isTrue();
    }

    @Test
    void onlyTheDeliveredStatusesAreReservedForAll() {
        assertThat(EnumSet.allOf(EventType.class)).filteredOn(EventType::onlyForAll)
                .containsExactlyInAnyOrder(EventType.DELIVERED_CHANNEL, EventType.DELIVERED_USER);
    }

    @Test
    void theReadReceiptWarningAppliesWheneverReadCanArrive() {
        assertThat(Subscription.of(READ).mayReceiveRead()).isTrue();
        assertThat(Subscription.all().mayReceiveRead()).isTrue();
        assertThat(Subscription.of(FAILED, REPLY).mayReceiveRead()).isFalse();
    }

    @Test
    void theTextFormRoundTripsInDeclarationOrder() {
        Subscription subscription = Subscription.of(REPLY, READ);
        assertThat(subscription.asText()).isEqualTo("READ,REPLY");
        assertThat(Subscription.parse(subscription.asText())).isEqualTo(subscription);
        assertThat(Subscription.parse(" read , Failed ").events()).containsExactlyInAnyOrder(READ, FAILED);
        assertThat(Subscription.all().asList()).containsExactly(ALL);
    }

    @Test
    void anUnknownEventNameIsRefusedWithTheAllowedNames() {
        assertThatThrownBy(() -> SubscriptionEvent.parse("DELIVERED"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("events: unknown event \u201cDELIVERED\u201d (use READ, FAILED, REPLY or ALL)");
        assertThatThrownBy(() -> Subscription.parse("READ,ALL")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(ALL_EXCLUSIVE);
        assertThatThrownBy(() -> Subscription.parse("")).isInstanceOf(InvalidInputException.class)
                .hasMessage("events: choose at least one event");
    }
}
