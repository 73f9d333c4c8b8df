package io.signalbox.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The events a URL receives: one or several of READ, FAILED, REPLY, or ALL alone. */
public record Subscription(Set<SubscriptionEvent> events) {

    public Subscription {
        InvalidInputException.throwIfAny(check(events));
        events = java.util.Collections.unmodifiableSet(EnumSet.copyOf(events));
    }

    public static Subscription of(SubscriptionEvent first, SubscriptionEvent... rest) {
        return new Subscription(EnumSet.of(first, rest));
    }

    public static Subscription all() {
        return of(SubscriptionEvent.ALL);
    }

    /** Every rule a set of chosen events must keep, as problems for the field {@code events}. */
    public static List<Problem> check(Collection<SubscriptionEvent> events) {
        List<Problem> problems = new ArrayList<>();
        if (events == null || events.isEmpty()) {
            problems.add(Texts.problem("events", "events.empty"));
        } else if (events.contains(SubscriptionEvent.ALL) && events.size() > 1) {
            problems.add(Texts.problem("events", "events.allExclusive"));
        }
        return problems;
    }

    public boolean isAll() {
        return events.contains(SubscriptionEvent.ALL);
    }

    /** Whether a payload with this status reaches the URL. */
    public boolean receives(EventType status) {
        if (isAll()) {
            return true;
        }
        return switch (status) {
            case READ -> events.contains(SubscriptionEvent.READ);
            case FAILED -> events.contains(SubscriptionEvent.FAILED);
            case REPLY -> events.contains(SubscriptionEvent.REPLY);
            case DELIVERED_CHANNEL, DELIVERED_USER -> false;
        };
    }

    /** READ depends on the WhatsApp user's read receipts: the UI warns whenever it can arrive. */
    public boolean mayReceiveRead() {
        return receives(EventType.READ);
    }

    /** Stable text form, e.g. {@code READ,FAILED} (declaration order). */
    public String asText() {
        return events.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Parses {@link #asText()}. */
    public static Subscription parse(String text) {
        EnumSet<SubscriptionEvent> events = EnumSet.noneOf(SubscriptionEvent.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                events.add(SubscriptionEvent.parse(part));
            }
        }
        return new Subscription(events);
    }

    public List<SubscriptionEvent> asList() {
        return List.copyOf(events);
    }
}
