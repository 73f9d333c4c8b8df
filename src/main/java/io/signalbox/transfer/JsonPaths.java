package io.signalbox.transfer;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** JSON paths as problems show them: {@code $.bots[3].notificationUrls[0].headers['X-Tenant']}. */
final class JsonPaths {

    static final String ROOT = "$";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /** The path of a field: {@code .name} for a plain name, else {@code ['X-Tenant']}. */
    static String field(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String bot(int index) {
        return index(field(ROOT, "bots"), index);
    }

    static String url(String botPath, int index) {
        return index(field(botPath, "notificationUrls"), index);
    }

    /** Where a streaming parser stands, e.g. for a syntax error. */
    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.hasCurrentIndex()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push(field("", c.getCurrentName()));
            }
        }
        return ROOT + String.join("", parts);
    }
}
