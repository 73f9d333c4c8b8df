package io.signalbox.cli;

import io.signalbox.app.Sending;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.Bot;
import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.EventType;
import io.signalbox.domain.NotificationUrl;
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
 * {@code signalbox send BOT URL_ID_OR_URL --event EVENT [--json]}: one real test call with the URL's
 * authentication and the bot's remembered payload values. Prints the request as sent (secrets
 * masked) and the answer; exit 0 for a 2xx answer, 1 otherwise. The call is kept in the history.
 */
@Command(name = "send")
final class SendCommand implements Callable<Integer> {

    /** How long Ctrl+C waits for the cancelled call to be written to the history. */
    private static final long SHUTDOWN_WAIT_MILLIS = 3_000;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private SignalboxCommand signalbox;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BOT", descriptionKey = "param.bot")
    private String botIdOrName;

    @Parameters(index = "1", paramLabel = "URL_ID_OR_URL", descriptionKey = "param.url")
    private String urlIdOrAddress;

    @Option(names = "--event", required = true, paramLabel = "EVENT", descriptionKey = "option.event")
    private EventType event;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Signalbox store = signalbox.openStore()) {
            Bot bot = store.settings().findBot(botIdOrName)
                    .orElseThrow(() -> new CommandFailure(CliMessages.get("bot.unknown", botIdOrName)));
            NotificationUrl url = store.settings().findUrl(bot.id(), urlIdOrAddress)
                    .orElseThrow(() -> new CommandFailure(CliMessages.get("url.unknown", urlIdOrAddress, bot.name())));
            store.testDelivery().notReceived(url, event).ifPresent(why -> {
                throw new CommandFailure(why);
            });
            String payload = store.testDelivery().samplePayload(event, store.testDelivery().payloadValues(bot.id()));
            DeliveryRecord record = sendCancellingOnCtrlC(store, bot, url, payload);
            if (json) {
                out.println(DeliveryJson.of(record));
                out.flush();
            } else {
                DeliveryText.print(record, out);
            }
            if (record.failure().isPresent()) {
                throw new CommandFailure(record.failure().get().message());
            }
            return record.succeeded() ? 0 : OneLineErrors.FAILED;
        }
    }

    /** Ctrl+C cancels the call and gives it a moment to reach the history before the JVM ends. */
    private static DeliveryRecord sendCancellingOnCtrlC(Signalbox store, Bot bot, NotificationUrl url, String payload) {
        Sending sending = store.testDelivery().send(bot.id(), url.id(), payload);
        Thread onCtrlC = new Thread(() -> {
            sending.cancel();
            java.util.concurrent.CompletableFuture.runAsync(sending::await)
                    .completeOnTimeout(null, SHUTDOWN_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }, "signalbox-send-interrupted");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return sending.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already ending (Ctrl+C): the hook runs, nothing to undo.
            }
        }
    }
}
