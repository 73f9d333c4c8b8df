package io.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalboxCommandTest {

    @Test
    void helpListsTheCommandsAndTheDataDirectoryOption() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).first().asString().startsWith("Usage: signalbox");
        assertThat(run.out()).contains("--data-dir=DIR", "--version");
        // Descriptions line up after the longest command name.
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("  bots +Lists the bots.*"));
        assertThat(run.outLines())
                .anySatisfy(line -> assertThat(line).matches("  urls +Lists a bot's notification URLs.*"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("  payload +Prints the JSON.*"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("  send +Sends one test call.*"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("  receive +Runs the local receiver.*"));
    }

    @Test
    void aSubcommandHelpShowsItsParameterAndTheInheritedDataDirectory() {
        CliRun run = CliRun.run("urls", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).first().isEqualTo("Usage: signalbox urls [-h] [--data-dir=DIR] BOT");
        assertThat(run.out()).contains("BOT", "its id, or its name (ignoring case)");
    }

    @Test
    void versionNamesTheApplication() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).singleElement().asString().startsWith("Signalbox ");
    }

    @Test
    void onlyADataDirectoryOpensTheWindowOnIt() {
        List<String> opened = new ArrayList<>();

        CliRun run = CliRun.run(opened::add, "--data-dir", "/srv/signalbox-test");

        assertThat(run.exitCode()).isZero();
        assertThat(opened).containsExactly("/srv/signalbox-test");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noArgumentsAtAllOpenTheWindowOnTheDefaultDataDirectory() {
        List<String> opened = new ArrayList<>();

        CliRun run = CliRun.run(opened::add);

        assertThat(run.exitCode()).isZero();
        assertThat(opened).containsExactly((String) null);
    }

    @Test
    void aWindowThatCannotOpenIsOneLineOnStderrAndExitOne() {
        CliRun run = CliRun.run(dataDir -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }, "--data-dir", "/srv/signalbox-test");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("signalbox: Cannot open the window: Unable to open DISPLAY. "
                + "The commands work without one: see 'signalbox --help'.");
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        CliRun run = CliRun.run("bost");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("signalbox: ")
                .contains("'bost'", "Did you mean: bots?", "See 'signalbox --help'.");
    }
}
