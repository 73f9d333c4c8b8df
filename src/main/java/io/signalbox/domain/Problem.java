package io.signalbox.domain;

/** One broken rule: which field (a dotted path such as {@code headers[1].name}) and why, in words. */
public record Problem(String field, String message) {

    public Problem {
        if (field == null || message == null) {
            throw new IllegalArgumentException("field and message are required");
        }
    }

    /** The same problem under a parent path, e.g. {@code url} inside {@code notificationUrls[2]}. */
    public Problem under(String parent) {
        return new Problem(parent + "." + field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
