package io.signalbox;

import io.signalbox.cli.SignalboxCommandLine;
import io.signalbox.ui.SignalboxApplication;

/**
 * The jar's entry point. Not a JavaFX {@code Application} subclass: the java launcher refuses to
 * start such a class from a plain classpath jar ("JavaFX runtime components are missing"), so the
 * shaded jar could not run with {@code java -jar}.
 * <p>
 * Every start goes through the command line: with no command (no arguments at all, or only
 * {@code --data-dir DIR}) it opens the window through the {@link io.signalbox.cli.WindowOpener}
 * given here, so package cli never depends on package ui, and a window that cannot open (no
 * display) is reported in one line like any other failure.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = SignalboxCommandLine.run(args, SignalboxApplication::launchWindow);
        // Exit explicitly: a thread the store or the toolkit left behind must not keep the JVM alive.
        System.exit(exitCode);
    }
}
