package io.signalbox.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The command line's entry: wires the commands and their error handling in this one place. */
public final class SignalboxCommandLine {

    private SignalboxCommandLine() {
    }

    /** Runs the command line on the process's stdout and stderr; returns the exit code. */
    public static int run(String[] args, WindowOpener windowOpener) {
        // Only a terminal's input is watched for Ctrl+D: a receiver started in the background (input
        // /dev/null) must not stop at once.
        CommandLine commandLine = create(windowOpener, System.console() != null ? System.in : null);
        return commandLine.execute(args);
    }

    /** Runs the command line writing to the given streams (tests read what the operator would see). */
    static int run(String[] args, WindowOpener windowOpener, PrintWriter out, PrintWriter err) {
        return run(args, windowOpener, null, out, err);
    }

    /** As above, with {@code terminalInput} as the input whose end stops {@code receive} (null: none). */
    static int run(String[] args, WindowOpener windowOpener, InputStream terminalInput, PrintWriter out,
                   PrintWriter err) {
        CommandLine commandLine = create(windowOpener, terminalInput);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    private static CommandLine create(WindowOpener windowOpener, InputStream terminalInput) {
        OneLineErrors errors = new OneLineErrors();
        CommandLine commandLine = new CommandLine(new SignalboxCommand(windowOpener));
        commandLine.addSubcommand("receive", new ReceiveCommand(terminalInput));
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
