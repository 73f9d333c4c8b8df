package io.signalbox.domain;

/** The statuses the platform sends in a payload's {@code status} field. */
public enum EventType {
    FAILED,
    DELIVERED_CHANNEL,
    DELIVERED_USER,
    READ,
    REPLY;

    /** DELIVERED_* are sent only to URLs subscribed to ALL. */
    public boolean onlyForAll() {
        return this == DELIVERED_CHANNEL || this == DELIVERED_USER;
    }
}
