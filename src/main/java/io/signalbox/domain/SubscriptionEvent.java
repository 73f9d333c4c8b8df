package io.signalbox.domain;

/** What an operator can subscribe a URL to, as the platform offers it: Read, Failed, Reply or All. */
public enum SubscriptionEvent {
    READ,
    FAILED,
    REPLY,
    ALL;

    /** Parses an exported or typed name ("read", "READ"); throws with the allowed names otherwise. */
    public static SubscriptionEvent parse(String text) {
        for (SubscriptionEvent event : values()) {
            if (event.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return event;
            }
        }
        throw new InvalidInputException(Texts.problem("events", "event.unknown", String.valueOf(text)));
    }
}
