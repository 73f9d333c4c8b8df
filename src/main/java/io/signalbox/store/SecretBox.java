package io.signalbox.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secret fields at rest with AES-256-GCM under a random key kept in a key file that only
 * the owner can read. Each value is bound to its row (associated data) so sealed values cannot be
 * swapped between rows unnoticed.
 */
public final class SecretBox {

    public static final String KEY_FILE = "secret.key";

    private static final byte VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String DATABASE_PASSWORD_LABEL = "signalbox h2 password";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Reads the key file in the data directory, creating it (owner-only) on first use. */
    public static SecretBox openOrCreate(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                throw new StoreException(StoreTexts.get("keyFile.damaged", file));
            }
            return new SecretBox(key);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(StoreTexts.get("keyFile.unreadable", file, e.getMessage()), e);
        }
    }

    /**
     * Writes a new key where no reader can ever see it half-written: into an owner-only temporary
     * file beside the key file, then published under the key file's name in one step that never
     * replaces an existing key. If another process published its key first, that key wins.
     */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = Base64.getEncoder().encode(key);
        Path dir = file.getParent();
        Path temp = StoreFiles.posix()
                ? Files.createTempFile(dir, KEY_FILE + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, KEY_FILE + ".", ".tmp");
        try {
            if (!StoreFiles.posix()) {
                restrictToOwner(temp);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(text));
                channel.force(true);
            }
            publish(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Gives the written temporary file the key file's name, unless a key file is there already. */
    private static void publish(Path temp, Path file) throws IOException {
        try {
            // A hard link is created whole or not at all, and fails if the name is taken.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // Another process published its key first; use theirs.
        } catch (UnsupportedOperationException | FileSystemException noLinksHere) {
            try {
                Files.move(temp, file); // without REPLACE_EXISTING: never overwrites a key
            } catch (FileAlreadyExistsException raced) {
                // Another process published its key first; use theirs.
            }
        }
    }

    private static void restrictToOwner(Path file) {
        var f = file.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
    }

    /**
     * The password of the store's database user: base64(HMAC-SHA256(key, "signalbox h2 password")).
     * Whoever can read the owner-only key file (the window and the command line of its owner) can
     * connect to the database, also through H2's automatic-mixed-mode server; nobody else can.
     * Never log it or put it in a message.
     */
    String databasePassword() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(DATABASE_PASSWORD_LABEL.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Seals a value for the given context (e.g. the row id). */
    public byte[] seal(String plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new StoreException(StoreTexts.get("secret.encrypt", e.getMessage()), e);
        }
    }

    /** Opens a sealed value; a wrong key or a tampered value is a clear error, never garbage. */
    public String open(byte[] sealed, String context) {
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != VERSION) {
            throw new StoreException(StoreTexts.get("secret.damaged"));
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new StoreException(StoreTexts.get("secret.undecryptable", KEY_FILE), e);
        }
    }
}
