package io.signalbox.ui.urls;

import io.signalbox.domain.Problem;
import io.signalbox.ui.common.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a problem's field path into the label the operator sees on the form. */
final class FieldLabels {

    private static final Pattern HEADER = Pattern.compile("headers\\[(\\d+)]\\.(name|value)");

    private FieldLabels() {
    }

    static String describe(Problem problem) {
        return Messages.get("url.problem", label(problem.field()), problem.message());
    }

    static String label(String field) {
        Matcher header = HEADER.matcher(field);
        if (header.matches()) {
            return Messages.get("url.field.header." + header.group(2), Integer.parseInt(header.group(1)) + 1);
        }
        return Messages.get("url.field." + field);
    }
}
