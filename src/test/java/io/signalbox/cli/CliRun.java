package io.signalbox.cli;

import java.io.PrintWriter;
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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SignalboxCommandLine.run(args, windowOpener, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
