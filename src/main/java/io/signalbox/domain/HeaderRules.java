package io.signalbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules for extra request headers and header names: a token name, no CR/LF, nothing we set ourselves. */
public final class HeaderRules {

    /**
     * Names the sender sets itself or that belong to the connection (hop-by-hop); an extra header
     * may not override them. Authorization and the webhook-* names come from the auth settings.
     */
    public static final Set<String> RESERVED = Set.of(
            "host", "content-length", "content-type", "transfer-encoding", "connection", "keep-alive",
            "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer", "upgrade",
            "expect", "authorization", "webhook-id", "webhook-timestamp", "webhook-signature");

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";
    private static final int MAX_NAME = 100;
    private static final int MAX_VALUE = 4000;

    private HeaderRules() {
    }

    public static boolean isReserved(String name) {
        return name != null && RESERVED.contains(name.trim().toLowerCase(Locale.ROOT));
    }

    /** Problems of a header name (RFC 9110 token, not reserved). */
    public static List<Problem> checkName(String field, String name) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            problems.add(Texts.problem(field, "header.name.required"));
        } else if (hasLineBreak(name)) {
            problems.add(Texts.problem(field, "header.crlf"));
        } else if (!isToken(name) || name.length() > MAX_NAME) {
            problems.add(Texts.problem(field, "header.name.token", name));
        } else if (isReserved(name)) {
            problems.add(Texts.problem(field, "header.name.reserved", name));
        }
        return problems;
    }

    /** Problems of a header value: no CR/LF or other control characters. */
    public static List<Problem> checkValue(String field, String value) {
        if (value == null) {
            return List.of(Texts.problem(field, "header.value.required"));
        }
        if (hasLineBreak(value)) {
            return List.of(Texts.problem(field, "header.crlf"));
        }
        if (hasControl(value)) {
            return List.of(Texts.problem(field, "text.control"));
        }
        if (value.length() > MAX_VALUE) {
            return List.of(Texts.problem(field, "header.value.long", MAX_VALUE));
        }
        return List.of();
    }

    static boolean hasLineBreak(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }

    /** Control characters other than tab: they break or smuggle header lines. */
    static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }

    private static boolean isToken(String name) {
        return name.chars().allMatch(c -> c < 0x80
                && (Character.isLetterOrDigit(c) || TOKEN_SYMBOLS.indexOf(c) >= 0));
    }
}
