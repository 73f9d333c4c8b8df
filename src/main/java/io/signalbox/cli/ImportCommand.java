package io.signalbox.cli;

import io.signalbox.app.ConfigTransfer;
import io.signalbox.app.DocumentInfo;
import io.signalbox.app.DocumentRefusedException;
import io.signalbox.app.ImportOptions;
import io.signalbox.app.ImportOutcome;
import io.signalbox.app.ImportPreview;
import io.signalbox.app.ProgressListener;
import io.signalbox.app.SecretsMode;
import io.signalbox.app.Signalbox;
import io.signalbox.app.WrongPassphraseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code signalbox import FILE}: validates the document, prints the plan, then applies it in one
 * transaction (or not, with {@code --dry-run}). A refused document lists every problem on stderr,
 * one per line, and changes nothing (exit 1).
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @ParentCommand
    private SignalboxCommand signalbox;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.importFile")
    private Path file;

    @Option(names = "--dry-run", descriptionKey = "option.dry-run")
    private boolean dryRun;

    @Option(names = "--replace", descriptionKey = "option.replace")
    private boolean replace;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "option.passphrase-file.import")
    private Path passphraseFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Signalbox store = signalbox.openStore()) {
            ConfigTransfer transfer = store.transfer();
            DocumentInfo info = transfer.inspect(file);
            char[] passphrase = info.secrets() == SecretsMode.ENCRYPTED
                    ? Passphrases.obtain(passphraseFile, signalbox.passphrasePrompt(), false) : null;
            ImportPreview preview;
            try {
                preview = transfer.prepare(file, new ImportOptions(replace, Optional.ofNullable(passphrase)),
                        ProgressListener.none());
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
            PlanPrinter.print(preview.plan(), out);
            if (preview.plan().isEmpty()) {
                out.println(CliMessages.get("import.nothing"));
            } else if (dryRun) {
                out.println(CliMessages.get("import.dryRun"));
            } else {
                ImportOutcome outcome = transfer.apply(preview, ProgressListener.none());
                out.println(CliMessages.get("import.done", outcome.added(), outcome.changed(), outcome.deleted()));
            }
            out.flush();
            return 0;
        } catch (DocumentRefusedException refused) {
            err.println(CliMessages.get("error.line", refused.getMessage()));
            for (String problem : refused.problems()) {
                err.println(CliMessages.get("import.problem", problem));
            }
            err.flush();
            return OneLineErrors.FAILED;
        } catch (WrongPassphraseException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
