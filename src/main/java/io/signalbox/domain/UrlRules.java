package io.signalbox.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for endpoint URLs: absolute http(s) with a host; plain http is allowed but warned about. */
public final class UrlRules {

    public static final int MAX_LENGTH = 2048;

    private UrlRules() {
    }

    /** The problems of a URL as typed; empty when it can be saved. */
    public static List<Problem> check(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of(Texts.problem(field, "url.required"));
        }
        if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isWhitespace)) {
            return List.of(Texts.problem(field, "url.whitespace"));
        }
        if (text.length() > MAX_LENGTH) {
            return List.of(Texts.problem(field, "url.long", MAX_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // "https://" while typing is a URL still waiting for its host, not a syntax error.
            boolean hostMissing = text.toLowerCase(java.util.Locale.ROOT).matches("https?://[/?#]?.*")
                    && e.getIndex() == text.indexOf("://") + 3;
            return List.of(hostMissing ? Texts.problem(field, "url.host")
                    : Texts.problem(field, "url.syntax", e.getIndex() + 1));
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return List.of(Texts.problem(field, "url.scheme"));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return List.of(Texts.problem(field, "url.host"));
        }
        if (uri.getRawUserInfo() != null) {
            return List.of(Texts.problem(field, "url.userinfo"));
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535 || uri.getRawAuthority().endsWith(":")) {
            return List.of(Texts.problem(field, "url.port"));
        }
        return List.of();
    }

    /** A warning for a valid URL that is sent unencrypted to another machine; null when there is none. */
    public static String warning(String text) {
        if (!check("url", text).isEmpty()) {
            return null;
        }
        URI uri = URI.create(text);
        if (uri.getScheme().equalsIgnoreCase("http") && !isLoopback(uri.getHost())) {
            return Texts.get("url.http.warning");
        }
        return null;
    }

    /** localhost (and *.localhost), an IPv4 literal 127.x.x.x, or the IPv6 literal ::1 in any spelling. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || LOOPBACK_V4.matcher(h).matches()
                || LOOPBACK_V6.matcher(h).matches();
    }

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern LOOPBACK_V6 = Pattern.compile("(0{0,4}:){2,7}0{0,3}1|::1");
}
