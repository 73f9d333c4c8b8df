package io.signalbox.cli;

import io.signalbox.app.DataDirectory;
import io.signalbox.app.Signalbox;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command {@code signalbox}: holds the global {@code --data-dir} option that every
 * subcommand inherits, and opens the window when no subcommand is given.
 */
@Command(name = "signalbox",
        resourceBundle = CliMessages.BUNDLE,
        mixinStandardHelpOptions = true,
        versionProvider = SignalboxVersion.class,
        subcommands = {BotsCommand.class, UrlsCommand.class, PayloadCommand.class, SendCommand.class},
        usageHelpAutoWidth = true)
final class SignalboxCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.data-dir")
    private String dataDirOption;

    private final WindowOpener windowOpener;

    SignalboxCommand(WindowOpener windowOpener) {
        this.windowOpener = windowOpener;
    }

    /** No subcommand: the window, on the data directory given (if any). */
    @Override
    public Integer call() {
        try {
            windowOpener.open(dataDirOption);
        } catch (RuntimeException e) {
            // Typically no display (a terminal over ssh): say so, and point at what works there.
            String cause = OneLineErrors.stripFinalPeriod(OneLineErrors.firstLine(e.getMessage()));
            throw new CommandFailure(CliMessages.get("window.failed", cause));
        }
        return 0;
    }

    /** Opens the store in the data directory the options name; the caller closes it. */
    Signalbox openStore() {
        return Signalbox.open(DataDirectory.resolve(dataDirOption));
    }
}
