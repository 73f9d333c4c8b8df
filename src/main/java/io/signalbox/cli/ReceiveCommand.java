package io.signalbox.cli;

import io.signalbox.app.ReceiverSession;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.ReceivedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code signalbox receive [--port N] [--secret [whsec_…]] [--count N]}: the local receiver on
 * 127.0.0.1, printing each request and whether its signature verifies. Runs until Ctrl+C, until
 * {@code --count} requests arrived, or — in a terminal — until Ctrl+D closes the input.
 */
@Command(name = "receive")
final class ReceiveCommand implements Callable<Integer> {

    private static final long POLL_MILLIS = 200;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private SignalboxCommand signalbox;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", descriptionKey = "option.port")
    private int port;

    /** Given alone, asks for the secret without echo, so it stays out of the process list and shell history. */
    @Option(names = "--secret", paramLabel = "whsec_...", arity = "0..1", interactive = true,
            descriptionKey = "option.secret")
    private char[] secret;

    @Option(names = "--count", paramLabel = "N", descriptionKey = "option.count")
    private Integer count;

    private final InputStream terminalInput;

    /** {@code terminalInput}: the input whose end (Ctrl+D) stops the receiver; null to watch none. */
    ReceiveCommand(InputStream terminalInput) {
        this.terminalInput = terminalInput;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (count != null && count < 1) {
            throw new CommandFailure(CliMessages.get("receive.count", Integer.toString(count)));
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> signingSecret = secret == null || secret.length == 0
                ? Optional.empty() : Optional.of(new String(secret));
        try (Signalbox store = signalbox.openStore();
             ReceiverSession receiver = store.testDelivery().startReceiver(port, signingSecret)) {
            BlockingQueue<ReceivedRequest> arrived = new LinkedBlockingQueue<>();
            receiver.onRequest(arrived::add);
            // Ctrl+C ends the JVM: free the port on the way out.
            Thread onCtrlC = new Thread(receiver::close, "signalbox-receiver-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            out.println(CliMessages.get("receive.listening", receiver.url()));
            out.println(CliMessages.get(signingSecret.isPresent() ? "receive.checking" : "receive.notChecking"));
            out.println();
            out.flush();
            AtomicBoolean inputClosed = watch(terminalInput);
            int seen = 0;
            while ((count == null || seen < count) && !inputClosed.get()) {
                ReceivedRequest request = arrived.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (request != null) {
                    DeliveryText.print(request, out);
                    seen++;
                }
            }
            removeHook(onCtrlC);
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already ending: the hook runs, nothing to undo.
        }
    }

    /** A flag set when the input ends; never set when there is no input to watch. */
    private static AtomicBoolean watch(InputStream input) {
        AtomicBoolean closed = new AtomicBoolean();
        if (input == null) {
            return closed;
        }
        Thread watcher = new Thread(() -> {
            try {
                while (input.read() >= 0) {
                    continue;
                }
            } catch (IOException e) {
                // An unreadable input counts as closed, like the end of it.
            }
            closed.set(true);
        }, "signalbox-receive-input");
        watcher.setDaemon(true);
        watcher.start();
        return closed;
    }
}
