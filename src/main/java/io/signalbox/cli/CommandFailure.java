package io.signalbox.cli;

/** A command could not do what was asked; the message is the one line the operator sees (exit code 1). */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
