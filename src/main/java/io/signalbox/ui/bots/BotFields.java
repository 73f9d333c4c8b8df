package io.signalbox.ui.bots;

/** What the bot editor returns: the fields as typed (the domain trims and checks them). */
public record BotFields(String name, String platformBotId, String description) {
}
