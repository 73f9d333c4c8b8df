package io.signalbox.cli;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code signalbox urls BOT}: a bot's notification URLs with their events, auth kind and state.
 * Only the auth kind is shown: secrets never reach the terminal (or a shell history or CI log).
 */
@Command(name = "urls")
final class UrlsCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @ParentCommand
    private SignalboxCommand signalbox;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BOT", descriptionKey = "param.bot")
    private String botIdOrName;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Signalbox store = signalbox.openStore()) {
            Bot bot = store.settings().findBot(botIdOrName)
                    .orElseThrow(() -> new CommandFailure(CliMessages.get("bot.unknown", botIdOrName)));
            List<NotificationUrl> urls = store.settings().urls(bot.id());
            if (urls.isEmpty()) {
                out.println(CliMessages.get("urls.none", bot.name()));
                out.flush();
                return 0;
            }
            TextTable table = new TextTable(List.of(CliMessages.get("urls.column.id"),
                    CliMessages.get("urls.column.url"), CliMessages.get("urls.column.events"),
                    CliMessages.get("urls.column.auth"), CliMessages.get("urls.column.enabled"),
                    CliMessages.get("urls.column.description")));
            for (NotificationUrl url : urls) {
                table.row(url.id(), url.url(), url.subscription().asText(), url.auth().kind(),
                        CliMessages.get(url.enabled() ? "urls.enabled.yes" : "urls.enabled.no"),
                        BotsCommand.orDash(url.description()));
            }
            table.printTo(out);
        }
        return 0;
    }
}
