package io.signalbox.transfer;

/** What the head of a document says: how secrets are carried, and how many bots it holds. */
public record DocumentHead(DocumentSecrets secrets, int bots) {
}
