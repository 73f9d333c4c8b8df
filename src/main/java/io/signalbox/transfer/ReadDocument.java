package io.signalbox.transfer;

import java.util.List;

/** A document that passed every check that does not need the store: its secrets mode and its bots in order. */
public record ReadDocument(DocumentSecrets secrets, List<DocumentBot> bots) {

    public ReadDocument {
        bots = List.copyOf(bots);
    }

    public int urlCount() {
        return bots.stream().mapToInt(bot -> bot.urls().size()).sum();
    }
}
