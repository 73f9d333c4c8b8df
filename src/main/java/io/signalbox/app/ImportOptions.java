package io.signalbox.app;

import java.util.Optional;

/**
 * How to import: with {@code replace}, everything the document does not hold is deleted; the
 * passphrase opens the secrets of an encrypted document.
 */
public record ImportOptions(boolean replace, Optional<char[]> passphrase) {

    public ImportOptions {
        passphrase = passphrase == null ? Optional.empty() : passphrase;
    }

    /** Merge (no deletions), no passphrase. */
    public static ImportOptions merge() {
        return new ImportOptions(false, Optional.empty());
    }
}
