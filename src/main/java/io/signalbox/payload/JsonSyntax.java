package io.signalbox.payload;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's syntax errors into one plain line: "Line 3, column 14: expected ',' or '}'". */
final class JsonSyntax {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*?)'");

    private JsonSyntax() {
    }

    static String describe(JacksonException e) {
        JsonLocation where = e.getLocation();
        String cause = cause(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        if (where == null || where.getLineNr() < 1) {
            return cause;
        }
        return PayloadTexts.get("position", where.getLineNr(), where.getColumnNr(), cause);
    }

    private static String cause(String message) {
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return PayloadTexts.get("json.duplicate", duplicate.group(1));
        }
        if (message.contains("was expecting comma to separate Object entries")) {
            return PayloadTexts.get("json.expectedCommaOrBrace");
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return PayloadTexts.get("json.expectedFieldName");
        }
        if (message.contains("was expecting a colon")) {
            return PayloadTexts.get("json.expectedColon");
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return PayloadTexts.get("json.expectedCommaOrBracket");
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return PayloadTexts.get("json.end");
        }
        if (message.contains("Illegal unquoted character") || message.contains("Illegal control character")) {
            return PayloadTexts.get("json.control");
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return PayloadTexts.get("json.word", token.group(1));
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return PayloadTexts.get("json.unexpected", unexpected.group(1));
        }
        int end = message.indexOf('\n');
        return PayloadTexts.get("json.other", (end < 0 ? message : message.substring(0, end)).strip());
    }
}
