package io.signalbox.app;

/** What an applied import did: bots and URLs added, changed and deleted. */
public record ImportOutcome(long added, long changed, long deleted) {
}
