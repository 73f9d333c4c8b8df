package io.signalbox.cli;

import java.io.InputStream;
import java.io.OutputStream;
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
        InputStream terminalInput = System.console() != null ? System.in : null;
        CommandLine commandLine = create(windowOpener, terminalInput, System.out, PassphrasePrompt.console());
        return commandLine.execute(args);
    }

    /** Runs the command line writing to the given streams (tests read what the operator would see). */
    static int run(String[] args, WindowOpener windowOpener, PrintWriter out, PrintWriter err) {
        return run(args, windowOpener, null, out, err, System.out, PassphrasePrompt.console());
    }

    /** As above, with {@code terminalInput} as the input whose end stops {@code receive} (null: none). */
    static int run(String[] args, WindowOpener windowOpener, InputStream terminalInput, PrintWriter out,
                   PrintWriter err) {
        return run(args, windowOpener, terminalInput, out, err, System.out, PassphrasePrompt.console());
    }

    /**
     * As above, with the stream an exported document goes to without {@code --out} and the terminal
     * prompt for passphrases (tests give their own).
     */
    static int run(String[] args, WindowOpener windowOpener, PrintWriter out, PrintWriter err, OutputStream documentOut,
                   PassphrasePrompt passphrasePrompt) {
        return run(args, windowOpener, null, out, err, documentOut, passphrasePrompt);
    }

    private static int run(String[] args, WindowOpener windowOpener, InputStream terminalInput, PrintWriter out,
                           PrintWriter err, OutputStream documentOut, PassphrasePrompt passphrasePrompt) {
        CommandLine commandLine = create(windowOpener, terminalInput, documentOut, passphrasePrompt);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    private static CommandLine create(WindowOpener windowOpener, InputStream terminalInput, OutputStream documentOut,
                                      PassphrasePrompt passphrasePrompt) {
        OneLineErrors errors = new OneLineErrors();
        CommandLine commandLine = new CommandLine(new SignalboxCommand(windowOpener, documentOut, passphrasePrompt));
        commandLine.addSubcommand("receive", new ReceiveCommand(terminalInput));
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
