package io.signalbox.cli;

/** Asks the operator for a passphrase without echoing it; null when there is no terminal to ask on. */
@FunctionalInterface
interface PassphrasePrompt {

    char[] ask(String prompt);

    /** The process's terminal, through {@link System#console()}; none when input or output is redirected. */
    static PassphrasePrompt console() {
        return prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
    }
}
