package io.signalbox.cli;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Bot;
import io.signalbox.domain.EventType;
import io.signalbox.domain.PayloadValues;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code signalbox payload EVENT [--bot BOT]}: the payload the platform sends for a status, with a
 * fresh id and timestamp; with {@code --bot}, filled with the values that bot's test panel remembers.
 */
@Command(name = "payload")
final class PayloadCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @ParentCommand
    private SignalboxCommand signalbox;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVENT", descriptionKey = "param.event")
    private EventType event;

    @Option(names = "--bot", paramLabel = "BOT", descriptionKey = "option.bot")
    private String botIdOrName;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Signalbox store = signalbox.openStore()) {
            PayloadValues values = PayloadValues.defaults();
            if (botIdOrName != null) {
                Bot bot = store.settings().findBot(botIdOrName)
                        .orElseThrow(() -> new CommandFailure(CliMessages.get("bot.unknown", botIdOrName)));
                values = store.testDelivery().payloadValues(bot.id());
            }
            out.println(store.testDelivery().samplePayload(event, values));
            out.flush();
        }
        return 0;
    }
}
