package io.signalbox.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a passphrase comes from: a file ({@code --passphrase-file}, so scripts need not put it in an
 * argument, where {@code ps} and shell history would show it) or the terminal, never an argument.
 */
final class Passphrases {

    private Passphrases() {
    }

    /**
     * The passphrase from the file, or else asked on the terminal ({@code confirm}: twice, for an
     * export, so a typing slip does not lock the secrets away).
     */
    static char[] obtain(Path file, PassphrasePrompt prompt, boolean confirm) {
        if (file != null) {
            return fromFile(file);
        }
        char[] first = prompt.ask(CliMessages.get("passphrase.prompt"));
        if (first == null) {
            throw new CommandFailure(CliMessages.get("passphrase.noConsole"));
        }
        if (confirm) {
            char[] second = prompt.ask(CliMessages.get("passphrase.repeat"));
            if (second == null || !Arrays.equals(first, second)) {
                throw new CommandFailure(CliMessages.get("passphrase.mismatch"));
            }
            Arrays.fill(second, '\0');
        }
        return first;
    }

    /** The file's text as UTF-8, without its one final line break (what an editor or echo adds). */
    static char[] fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure(CliMessages.get("passphrase.unreadable", file,
                    e instanceof java.nio.file.NoSuchFileException ? CliMessages.get("file.noSuchFile")
                            : OneLineErrors.firstLine(e.getMessage())));
        }
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, end));
            char[] passphrase = new char[chars.remaining()];
            chars.get(passphrase);
            Arrays.fill(chars.array(), '\0');
            if (passphrase.length == 0) {
                throw new CommandFailure(CliMessages.get("passphrase.emptyFile", file));
            }
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new CommandFailure(CliMessages.get("passphrase.notText", file));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
