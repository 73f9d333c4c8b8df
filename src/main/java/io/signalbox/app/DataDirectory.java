package io.signalbox.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: {@code --data-dir}, else {@code $SIGNALBOX_HOME}, else the platform's
 * place for application data.
 */
public final class DataDirectory {

    public static final String ENV_HOME = "SIGNALBOX_HOME";

    private DataDirectory() {
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Signalbox") : Path.of(userHome, "AppData", "Roaming", "Signalbox");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Signalbox");
        }
        // The XDG base directory spec: an unset, empty or relative XDG_DATA_HOME is ignored.
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg, "signalbox") : Path.of(userHome, ".local", "share", "signalbox");
    }
}
