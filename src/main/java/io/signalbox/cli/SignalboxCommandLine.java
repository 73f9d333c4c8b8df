package io.signalbox.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The command line's entry: wires the commands and their error handling in this one place. */
public final class SignalboxCommandLine {

    private SignalboxCommandLine() {
    }

    /** Runs the command line on the process's stdout and stderr; returns the exit code. */
    public static int run(String[] args, WindowOpener windowOpener) {
        CommandLine commandLine = create(windowOpener, System.out, PassphrasePrompt.console());
        return commandLine.execute(args);
    }

    /** Runs the command line writing to the given streams (tests read what the operator would see). */
    static int run(String[] args, WindowOpener windowOpener, PrintWriter out, PrintWriter err) {
        return run(args, windowOpener, out, err, System.out, PassphrasePrompt.console());
    }

    /**
     * As above, with the stream an exported document goes to without {@code --out} and the terminal
     * prompt for passphrases (tests give their own).
     */
    static int run(String[] args, WindowOpener windowOpener, PrintWriter out, PrintWriter err, OutputStream documentOut,
                   PassphrasePrompt passphrasePrompt) {
        CommandLine commandLine = create(windowOpener, documentOut, passphrasePrompt);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    private static CommandLine create(WindowOpener windowOpener, OutputStream documentOut,
                                      PassphrasePrompt passphrasePrompt) {
        OneLineErrors errors = new OneLineErrors();
        return new CommandLine(new SignalboxCommand(windowOpener, documentOut, passphrasePrompt))
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
