package io.signalbox.app;

import java.nio.file.Path;
import java.util.Optional;

/** What an export wrote: how many bots and URLs, how secrets were carried, and the file (none for a stream). */
public record ExportSummary(int bots, int urls, SecretsMode secrets, Optional<Path> file) {
}
