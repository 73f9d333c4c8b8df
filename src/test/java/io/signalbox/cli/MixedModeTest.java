package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Subscription;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line works on a data directory while the window has it open. The window is played
 * by this JVM holding the store open; the command line runs as a separate JVM, as an operator
 * would start it from a terminal, so the two really are two processes on one H2 file.
 */
class MixedModeTest {

    private static final long CHILD_TIMEOUT_SECONDS = 90;

    @TempDir
    Path dataDir;

    @TempDir
    Path outputDir;

    @Test
    void theCommandLineListsBotsWhileAnotherProcessHoldsTheStoreOpen() throws Exception {
        try (Signalbox holder = Signalbox.open(dataDir)) {
            Bot bot = holder.settings().createBot("Held Open Bot", "bot-held-1", "");
            holder.settings().addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(),
                    "https://held.example.com/hook", Subscription.all(), Auth.none(), true, "held", Map.of(), 10));
            assertThat(Files.readString(dataDir.resolve("signalbox.lock.db"), StandardCharsets.ISO_8859_1))
                    .as("the holder keeps the database file locked: the other process must use H2's automatic server")
                    .contains("server=");

            ChildRun bots = runSeparateJvm("--data-dir", dataDir.toString(), "bots");
            ChildRun urls = runSeparateJvm("--data-dir", dataDir.toString(), "urls", "held open bot");

            assertThat(bots.exitCode()).as("exit code; stderr: %s", bots.err()).isZero();
            assertThat(bots.err()).isEmpty();
            assertThat(bots.out().lines()).containsExactly(
                    "NAME           PLATFORM BOT ID  URLS",
                    "Held Open Bot  bot-held-1          1");
            assertThat(urls.exitCode()).as("exit code; stderr: %s", urls.err()).isZero();
            assertThat(urls.out()).contains("https://held.example.com/hook", "ALL", "NONE");

            // The holder (the window) goes on working after the other process came and went.
            holder.settings().createBot("Added After", "", "");
            assertThat(holder.settings().bots()).extracting(summary -> summary.bot().name())
                    .containsExactly("Added After", "Held Open Bot");
            assertThat(holder.settings().bots()).extracting(BotSummary::urlCount).containsExactly(0, 1);
        }
    }

    private ChildRun runSeparateJvm(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(outputDir, "stdout", ".txt");
        Path err = Files.createTempFile(outputDir, "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", testClassPath(),
                "-Duser.language=en", "-Djava.awt.headless=true", "io.signalbox.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the command line did not finish within " + CHILD_TIMEOUT_SECONDS
                    + " s; stderr: " + Files.readString(err));
        }
        return new ChildRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * This JVM's class path, which surefire sets to the real entries (not its manifest-only jar);
     * checked, because a child started on the wrong path would fail in a way that hides the real cause.
     */
    private static String testClassPath() {
        String classPath = System.getProperty("java.class.path");
        assertThat(classPath.split(File.pathSeparator))
                .as("test class path (%s) must hold our classes and picocli", classPath)
                .anySatisfy(entry -> assertThat(Path.of(entry).resolve("io/signalbox/Main.class")).exists())
                .anySatisfy(entry -> assertThat(entry).contains("picocli"));
        return classPath;
    }

    private record ChildRun(int exitCode, String out, String err) {
    }
}
