package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataDirectoryTest {

    private static final String HOME = "/home/ana";

    private static Map<String, String> env(String... keysAndValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            env.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return env;
    }

    private static final Map<String, String> EVERYTHING_SET = env(
            "SIGNALBOX_HOME", "/srv/signalbox-home", "XDG_DATA_HOME", "/xdg/data", "APPDATA", "/appdata");

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "Windows 11", "Mac OS X"})
    void theOptionWinsOverEverythingElse(String os) {
        assertThat(DataDirectory.resolve("/opt/sb-data", EVERYTHING_SET, os, HOME)).isEqualTo(Path.of("/opt/sb-data"));
    }

    @Test
    void aRelativeOptionIsMadeAbsoluteAndNormalized() {
        assertThat(DataDirectory.resolve("data/../sb", Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("sb").toAbsolutePath())
                .isAbsolute();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "Windows 10", "Mac OS X"})
    void withoutTheOptionSignalboxHomeWinsOnEverySystem(String os) {
        assertThat(DataDirectory.resolve(null, EVERYTHING_SET, os, HOME)).isEqualTo(Path.of("/srv/signalbox-home"));
        assertThat(DataDirectory.resolve("  ", EVERYTHING_SET, os, HOME)).isEqualTo(Path.of("/srv/signalbox-home"));
    }

    @Test
    void aBlankSignalboxHomeIsIgnored() {
        assertThat(DataDirectory.resolve(null, env("SIGNALBOX_HOME", " ", "XDG_DATA_HOME", "/xdg/data"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/data/signalbox"));
    }

    @Test
    void onLinuxXdgDataHomeComesNext() {
        assertThat(DataDirectory.resolve(null, env("XDG_DATA_HOME", "/xdg/data"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/data/signalbox"));
    }

    @Test
    void onLinuxWithoutXdgDataHomeItIsUnderDotLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/signalbox"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "relative/data"})
    void anEmptyOrRelativeXdgDataHomeIsIgnoredAsTheSpecAsks(String xdg) {
        assertThat(DataDirectory.resolve(null, env("XDG_DATA_HOME", xdg), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/signalbox"));
    }

    @Test
    void otherUnixesFollowTheLinuxRules() {
        assertThat(DataDirectory.resolve(null, Map.of(), "FreeBSD", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/signalbox"));
    }

    @Test
    void onWindowsItIsSignalboxInAppData() {
        String appData = "C:\\Users\\ana\\AppData\\Roaming";
        assertThat(DataDirectory.resolve(null, env("APPDATA", appData, "XDG_DATA_HOME", "/xdg"), "Windows 11", "C:\\Users\\ana"))
                .isEqualTo(Path.of(appData, "Signalbox"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void onWindowsWithoutAppDataItIsUnderTheProfile(String appData) {
        Map<String, String> env = appData.isEmpty() ? Map.of() : env("APPDATA", appData);
        assertThat(DataDirectory.resolve(null, env, "Windows 10", HOME))
                .isEqualTo(Path.of(HOME, "AppData", "Roaming", "Signalbox"));
        assertThat(DataDirectory.resolve(null, env("APPDATA", ""), "Windows 10", HOME))
                .isEqualTo(Path.of(HOME, "AppData", "Roaming", "Signalbox"));
    }

    @Test
    void onMacOsItIsInApplicationSupportAndXdgIsIgnored() {
        assertThat(DataDirectory.resolve(null, env("XDG_DATA_HOME", "/xdg"), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Signalbox"));
    }

    @Test
    void thePublicOverloadHonoursTheOption() {
        assertThat(DataDirectory.resolve("/tmp/signalbox-option")).isEqualTo(Path.of("/tmp/signalbox-option"));
        assertThat(DataDirectory.resolve(null)).isAbsolute();
        assertThat(DataDirectory.ENV_HOME).isEqualTo("SIGNALBOX_HOME");
    }
}
