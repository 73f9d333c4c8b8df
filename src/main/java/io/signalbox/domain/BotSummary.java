package io.signalbox.domain;

/** A bot with how many notification URLs it has, as the bot list shows it. */
public record BotSummary(Bot bot, int urlCount) {
}
