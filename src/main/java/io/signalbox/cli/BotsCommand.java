package io.signalbox.cli;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.BotSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code signalbox bots}: every bot with its platform bot id and how many notification URLs it has. */
@Command(name = "bots")
final class BotsCommand implements Callable<Integer> {

    private static final int URL_COUNT_COLUMN = 2;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private SignalboxCommand signalbox;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Signalbox store = signalbox.openStore()) {
            List<BotSummary> bots = store.settings().bots();
            if (bots.isEmpty()) {
                out.println(CliMessages.get("bots.none", store.dataDir()));
                out.flush();
                return 0;
            }
            TextTable table = new TextTable(List.of(CliMessages.get("bots.column.name"),
                    CliMessages.get("bots.column.platformBotId"), CliMessages.get("bots.column.urls")),
                    URL_COUNT_COLUMN);
            for (BotSummary summary : bots) {
                table.row(summary.bot().name(), orDash(summary.bot().platformBotId()), summary.urlCount());
            }
            table.printTo(out);
        }
        return 0;
    }

    /** An empty cell would make the columns hard to read; a dash says "none" as ls and ps do. */
    static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
