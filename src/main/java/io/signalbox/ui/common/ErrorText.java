package io.signalbox.ui.common;

import io.signalbox.app.SettingsException;
import io.signalbox.domain.InvalidInputException;
import io.signalbox.domain.Problem;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** One line for an operator from a failure of the layers below (the details go to the log); never a stack trace. */
public final class ErrorText {

    private static final Logger LOG = Logger.getLogger(ErrorText.class.getName());

    private ErrorText() {
    }

    public static String of(Throwable failure) {
        if (!(failure instanceof InvalidInputException)) {
            LOG.log(Level.WARNING, "operation failed", failure);
        }
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof InvalidInputException) && !(cause instanceof SettingsException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInputException invalid) {
            return invalid.problems().stream().map(Problem::message).collect(Collectors.joining("; "));
        }
        if (cause instanceof SettingsException settings) {
            return settings.getMessage();
        }
        return Messages.get("error.unexpected", cause.getClass().getSimpleName());
    }
}
