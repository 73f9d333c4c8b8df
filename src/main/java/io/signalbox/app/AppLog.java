package io.signalbox.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging (ours, H2's via Flyway, Flyway's) to {@code logs/signalbox.log} in the
 * data directory instead of the console, so command output stays clean. Nothing logs a secret:
 * secrets are {@link io.signalbox.domain.Secret}s, which print masked.
 */
final class AppLog {

    private static boolean configured;

    private AppLog() {
    }

    static synchronized void writeTo(Path dataDir) {
        if (configured) {
            return;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        try {
            Path logs = dataDir.resolve("logs");
            Files.createDirectories(logs);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler file = new FileHandler(logs.resolve("signalbox-%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
            root.setLevel(Level.INFO);
            configured = true;
        } catch (IOException e) {
            // No log file is no reason to refuse to start: logging stays off (never to the console).
        }
    }
}
