package io.signalbox.cli;

import io.signalbox.app.SettingsException;
import io.signalbox.domain.InvalidInputException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an exit code, never a stack trace: 1 when a
 * command fails, 2 (picocli's default) when the command line itself is wrong.
 */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int FAILED = 1;
    private static final Logger LOG = Logger.getLogger(OneLineErrors.class.getName());

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        if (!(failure instanceof CommandFailure || failure instanceof InvalidInputException)) {
            LOG.log(Level.WARNING, "command failed", failure);
        }
        commandLine.getErr().println(CliMessages.get("error.line", describe(failure)));
        commandLine.getErr().flush();
        return FAILED;
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        String cause = stripFinalPeriod(firstLine(problem.getMessage()));
        String command = commandLine.getCommandSpec().qualifiedName();
        String suggestions = problem instanceof UnmatchedArgumentException unmatched
                ? String.join(", ", unmatched.getSuggestions()) : "";
        String line = suggestions.isEmpty()
                ? CliMessages.get("error.usage", cause, command)
                : CliMessages.get("error.usage.suggestions", cause, command, suggestions);
        commandLine.getErr().println(line);
        commandLine.getErr().flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The cause in the operator's words; for a failure we did not foresee, its type says where to look. */
    static String describe(Throwable failure) {
        if (failure instanceof CommandFailure || failure instanceof SettingsException
                || failure instanceof InvalidInputException) {
            return firstLine(failure.getMessage());
        }
        return CliMessages.get("error.unexpected", failure.getClass().getSimpleName(), firstLine(failure.getMessage()));
    }

    static String stripFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "-";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
