package io.signalbox.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for a subcommand; {@code --version} stays on the top command, where it means something. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
    private boolean helpRequested;
}
