package io.signalbox.app;

/**
 * The head of a document, read without the rest: how its secrets are carried (so the window knows
 * whether to ask for a passphrase). {@code bots} is -1 when it is not known without a full read.
 */
public record DocumentInfo(SecretsMode secrets, int bots) {
}
