package io.signalbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A WhatsApp bot whose notification URLs are configured here. The name is trimmed at both ends and
 * otherwise kept as typed; names are unique ignoring case (the store enforces it with {@link #nameKey}).
 */
public record Bot(UUID id, String name, String platformBotId, String description) {

    public static final int MAX_NAME = 200;
    public static final int MAX_PLATFORM_ID = 200;
    public static final int MAX_DESCRIPTION = 4000;

    public Bot {
        Objects.requireNonNull(id, "id");
        name = trim(name);
        platformBotId = trim(platformBotId);
        description = description == null ? "" : description;
        InvalidInputException.throwIfAny(check(name, platformBotId, description));
    }

    public static Bot create(String name, String platformBotId, String description) {
        return new Bot(UUID.randomUUID(), name, platformBotId, description);
    }

    public Bot withName(String newName) {
        return new Bot(id, newName, platformBotId, description);
    }

    /**
     * Case-insensitive identity of a name, as the uniqueness rule sees it. Folds one code point at a
     * time, so the key is never longer than the name (a whole-string toUpperCase turns "ß" into "SS",
     * and a 200-character name could then overflow the stored key).
     */
    public static String nameKey(String name) {
        String trimmed = trim(name);
        StringBuilder key = new StringBuilder(trimmed.length());
        trimmed.codePoints()
                .map(c -> Character.toLowerCase(Character.toUpperCase(c)))
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * Trims both ends as an operator means it: whitespace, and also the no-break and zero-width
     * spaces that come with text pasted from web pages and spreadsheets. Null becomes "".
     */
    static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    public String nameKey() {
        return nameKey(name);
    }

    /** Problems of the fields as typed (before trimming). */
    public static List<Problem> check(String name, String platformBotId, String description) {
        List<Problem> problems = new ArrayList<>(checkName(name));
        if (platformBotId != null && trim(platformBotId).length() > MAX_PLATFORM_ID) {
            problems.add(Texts.problem("platformBotId", "text.long", MAX_PLATFORM_ID));
        } else if (platformBotId != null && HeaderRules.hasControl(platformBotId)) {
            problems.add(Texts.problem("platformBotId", "text.control"));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(Texts.problem("description", "text.long", MAX_DESCRIPTION));
        }
        return problems;
    }

    /** The problem to show when another bot already has this name. */
    public static Problem nameTaken(String name) {
        return Texts.problem("name", "bot.name.taken", trim(name));
    }

    public static List<Problem> checkName(String name) {
        String trimmed = trim(name);
        if (trimmed.isEmpty()) {
            return List.of(Texts.problem("name", "bot.name.required"));
        }
        if (trimmed.length() > MAX_NAME) {
            return List.of(Texts.problem("name", "bot.name.long", MAX_NAME, trimmed.length()));
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            return List.of(Texts.problem("name", "text.control"));
        }
        return List.of();
    }
}
