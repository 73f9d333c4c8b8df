package io.signalbox.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The command line's entry: wires the commands and their error handling in this one place. */
public final class SignalboxCommandLine {

    private SignalboxCommandLine() {
    }

    /** Runs the command line on the process's stdout and stderr; returns the exit code. */
    public static int run(String[] args, WindowOpener windowOpener) {
        CommandLine commandLine = create(windowOpener);
        return commandLine.execute(args);
    }

    /** Runs the command line writing to the given streams (tests read what the operator would see). */
    static int run(String[] args, WindowOpener windowOpener, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = create(windowOpener);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    private static CommandLine create(WindowOpener windowOpener) {
        OneLineErrors errors = new OneLineErrors();
        return new CommandLine(new SignalboxCommand(windowOpener))
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
