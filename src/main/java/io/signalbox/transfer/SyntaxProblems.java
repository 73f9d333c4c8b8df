package io.signalbox.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a parser's failure into one problem line with its JSON path and position; never a stack trace. */
final class SyntaxProblems {

    /** Jackson's wording for a field given twice (it changed across 2.x versions, hence both forms). */
    private static final Pattern DUPLICATE = Pattern.compile(
            "Duplicate (?:Object property|field) \"([^\"]*)\"|Duplicate field '([^']*)'");

    private SyntaxProblems() {
    }

    static String describe(IOException failure, JsonParser parser) {
        JsonLocation at = location(failure, parser);
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        JsonStreamContext context = parser == null ? null : parser.getParsingContext();
        String path = context == null ? JsonPaths.ROOT : JsonPaths.of(context);
        String original = failure instanceof StreamReadException read && read.getOriginalMessage() != null
                ? read.getOriginalMessage() : String.valueOf(failure.getMessage());
        if (failure instanceof JsonEOFException) {
            return TransferTexts.problem(path, "file.truncated", line, column, inside(context));
        }
        if (failure instanceof StreamConstraintsException) {
            return TransferTexts.problem(path, "file.tooLarge", line, column);
        }
        if (failure instanceof CharConversionException || original.startsWith("Invalid UTF")) {
            return TransferTexts.problem(path, "file.encoding", Math.max(0, at.getByteOffset()));
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            String name = duplicate.group(1) != null ? duplicate.group(1) : duplicate.group(2);
            return TransferTexts.problem(path, "file.duplicateField", line, column, name);
        }
        return TransferTexts.problem(path, "file.syntax", line, column);
    }

    private static JsonLocation location(IOException failure, JsonParser parser) {
        if (failure instanceof StreamReadException read && read.getLocation() != null) {
            return read.getLocation();
        }
        return parser != null ? parser.currentLocation() : JsonLocation.NA;
    }

    private static String inside(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return TransferTexts.get("syntax.inside.root");
        }
        return TransferTexts.get(context.inArray() ? "syntax.inside.array" : "syntax.inside.object");
    }
}
