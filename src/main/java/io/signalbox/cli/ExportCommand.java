package io.signalbox.cli;

import io.signalbox.app.ExportRequest;
import io.signalbox.app.ExportSummary;
import io.signalbox.app.ProgressListener;
import io.signalbox.app.SecretsMode;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.Bot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code signalbox export}: writes the configuration document to stdout or, whole or not at all, to a
 * file. Secrets are left out unless asked for; an encrypted export asks for its passphrase.
 */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @ParentCommand
    private SignalboxCommand signalbox;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.out")
    private Path out;

    @Option(names = "--secrets", paramLabel = "MODE", defaultValue = "omitted", descriptionKey = "option.secrets")
    private String secrets;

    @Option(names = "--bot", paramLabel = "BOT", descriptionKey = "option.bot")
    private String bot;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "option.passphrase-file")
    private Path passphraseFile;

    @Override
    public Integer call() {
        SecretsMode mode = secretsMode();
        PrintWriter err = spec.commandLine().getErr();
        try (Signalbox store = signalbox.openStore()) {
            Optional<UUID> onlyBot = Optional.empty();
            if (bot != null) {
                onlyBot = Optional.of(store.settings().findBot(bot).map(Bot::id)
                        .orElseThrow(() -> new CommandFailure(CliMessages.get("bot.unknown", bot))));
            }
            char[] passphrase = mode == SecretsMode.ENCRYPTED
                    ? Passphrases.obtain(passphraseFile, signalbox.passphrasePrompt(), true) : null;
            try {
                ExportRequest request = new ExportRequest(mode, onlyBot, Optional.ofNullable(passphrase));
                if (out == null) {
                    store.transfer().export(request, signalbox.documentOut(), ProgressListener.none());
                } else {
                    ExportSummary summary = store.transfer().export(request, out, ProgressListener.none());
                    PrintWriter stdout = spec.commandLine().getOut();
                    stdout.println(CliMessages.get("export.done", summary.bots(), summary.urls(), out,
                            mode.documentName()));
                    stdout.flush();
                }
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }
        if (mode == SecretsMode.PLAIN) {
            err.println(CliMessages.get("export.plainWarning"));
            err.flush();
        }
        return 0;
    }

    private SecretsMode secretsMode() {
        for (SecretsMode mode : SecretsMode.values()) {
            if (mode.documentName().equals(secrets)) {
                return mode;
            }
        }
        throw new ParameterException(spec.commandLine(), CliMessages.get("export.secrets.unknown", secrets));
    }
}
