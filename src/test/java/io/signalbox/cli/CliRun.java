package io.signalbox.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in this JVM, with what the operator would see on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    /** A window opener for runs that must not open the window. */
    static final WindowOpener NO_WINDOW = dataDir -> {
        throw new AssertionError("the window must not open for this command line");
    };

    static CliRun run(String... args) {
        return run(NO_WINDOW, args);
    }

    static CliRun run(WindowOpener windowOpener, String... args) {
        return run(windowOpener, NO_TERMINAL, args);
    }

    /** No terminal to ask a passphrase on, as under a script or CI. */
    static final PassphrasePrompt NO_TERMINAL = prompt -> null;

    /**
     * A run whose passphrase prompts are answered by {@code terminal}. A document exported to stdout
     * (written as bytes, not through the PrintWriter) is part of {@link #out}.
     */
    static CliRun run(WindowOpener windowOpener, PassphrasePrompt terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        int exitCode = SignalboxCommandLine.run(args, windowOpener, new PrintWriter(out), new PrintWriter(err), document,
                terminal);
        return new CliRun(exitCode, out + document.toString(StandardCharsets.UTF_8), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
