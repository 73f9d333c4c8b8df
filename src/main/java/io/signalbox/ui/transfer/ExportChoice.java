package io.signalbox.ui.transfer;

import io.signalbox.app.SecretsMode;
import java.util.Optional;

/**
 * What the operator chose in the export dialog: how secrets travel, the whole store or only the
 * selected bot, and the passphrase (only for {@link SecretsMode#ENCRYPTED}).
 */
public record ExportChoice(SecretsMode secrets, boolean onlySelectedBot, Optional<char[]> passphrase) {

    public ExportChoice {
        passphrase = passphrase == null ? Optional.empty() : passphrase;
    }
}
