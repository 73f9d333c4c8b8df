package io.signalbox.transfer;

import io.signalbox.domain.Bot;
import java.util.List;

/** A bot as a valid document gives it, with its path (e.g. {@code $.bots[3]}) and its URLs in document order. */
public record DocumentBot(String path, Bot bot, List<DocumentUrl> urls) {

    public DocumentBot {
        urls = List.copyOf(urls);
    }
}
