package io.signalbox.store;

/** Another bot already has this name (compared ignoring case). */
public final class NameTakenException extends RuntimeException {

    private final String name;

    public NameTakenException(String name) {
        super("another bot is already called \"" + name + "\"");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
