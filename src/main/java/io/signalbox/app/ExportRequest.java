package io.signalbox.app;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What to export: how to carry secrets, all bots or only one, and the passphrase (required for
 * {@link SecretsMode#ENCRYPTED}, ignored otherwise).
 */
public record ExportRequest(SecretsMode secrets, Optional<UUID> onlyBot, Optional<char[]> passphrase) {

    public ExportRequest {
        Objects.requireNonNull(secrets, "secrets");
        onlyBot = onlyBot == null ? Optional.empty() : onlyBot;
        passphrase = passphrase == null ? Optional.empty() : passphrase;
    }

    /** Every bot, secrets omitted: the default export. */
    public static ExportRequest allBots(SecretsMode secrets) {
        return new ExportRequest(secrets, Optional.empty(), Optional.empty());
    }
}
