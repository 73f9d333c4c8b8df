package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretBoxTest {

    private static final String CONTEXT = "notification_url:6fa459ea-ee8a-3ca4-894e-db77e160355e";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "p", "pässwörd ✓ 🚀", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "line\nbreak"})
    void whatIsSealedOpensToTheSameText(String plain) {
        SecretBox box = SecretBox.openOrCreate(dir);
        byte[] sealed = box.seal(plain, CONTEXT);
        assertThat(box.open(sealed, CONTEXT)).isEqualTo(plain);
        assertThat(SecretBox.openOrCreate(dir).open(sealed, CONTEXT)).as("same key file, new box").isEqualTo(plain);
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentBytesThatHideTheText() {
        SecretBox box = SecretBox.openOrCreate(dir);
        byte[] one = box.seal("tok-visible-123", CONTEXT);
        byte[] two = box.seal("tok-visible-123", CONTEXT);
        assertThat(one).isNotEqualTo(two);
        assertThat(new String(one, StandardCharsets.ISO_8859_1)).doesNotContain("tok-visible-123");
    }

    @Test
    void anyChangedByteIsAClearErrorNeverGarbage() {
        SecretBox box = SecretBox.openOrCreate(dir);
        byte[] sealed = box.seal("tok-123", CONTEXT);
        for (int i = 1; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> box.open(tampered, CONTEXT))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("A stored secret cannot be decrypted: it was altered, or the key file secret.key "
                            + "does not belong to this store.");
        }
    }

    @Test
    void aTruncatedOrUnknownVersionValueIsReportedAsDamaged() {
        SecretBox box = SecretBox.openOrCreate(dir);
        byte[] sealed = box.seal("tok-123", CONTEXT);
        byte[] otherVersion = sealed.clone();
        otherVersion[0] = 9;
        assertThatThrownBy(() -> box.open(otherVersion, CONTEXT)).isInstanceOf(StoreException.class)
                .hasMessage("A stored secret is damaged.");
        assertThatThrownBy(() -> box.open(new byte[5], CONTEXT)).isInstanceOf(StoreException.class)
                .hasMessage("A stored secret is damaged.");
    }

    @Test
    void aValueMovedToAnotherRowDoesNotOpen() {
        SecretBox box = SecretBox.openOrCreate(dir);
        byte[] sealed = box.seal("tok-123", CONTEXT);
        assertThatThrownBy(() -> box.open(sealed, "notification_url:other")).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be decrypted");
    }

    @Test
    void anotherStoresKeyCannotOpenTheValue() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        byte[] sealed = SecretBox.openOrCreate(dir.resolve("a")).seal("tok-123", CONTEXT);
        SecretBox other = SecretBox.openOrCreate(dir.resolve("b"));
        assertThatThrownBy(() -> other.open(sealed, CONTEXT))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be decrypted")
                .hasMessageContaining("secret.key does not belong to this store")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tok-123").doesNotContain("\n"));
    }

    @Test
    void theKeyFileIsCreatedOnceWithOwnerOnlyPermissions() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        SecretBox.openOrCreate(dir.resolve("a"));
        Path keyFile = dir.resolve("a").resolve(SecretBox.KEY_FILE);
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
        assertThat(key).hasSize(32);

        String before = Files.readString(keyFile);
        SecretBox.openOrCreate(dir.resolve("a"));
        assertThat(Files.readString(keyFile)).as("an existing key is never replaced").isEqualTo(before);
    }

    /**
     * The window and the command line may both start on a new data directory at once. Whoever
     * loses the race must read the winner's whole key, never an empty or half-written file, and
     * no temporary file is left behind.
     */
    @Test
    void racersForANewKeyFileAllGetTheOneKeyThatWasPublished() throws Exception {
        int racers = 8;
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < 40; round++) {
                Path store = Files.createDirectory(dir.resolve("round-" + round));
                CyclicBarrier start = new CyclicBarrier(racers);
                List<Future<SecretBox>> boxes = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    boxes.add(threads.submit(() -> {
                        start.await();
                        return SecretBox.openOrCreate(store);
                    }));
                }
                byte[] sealed = null;
                for (Future<SecretBox> box : boxes) {
                    SecretBox opened = box.get(30, TimeUnit.SECONDS);
                    if (sealed == null) {
                        sealed = opened.seal("tok-123", CONTEXT);
                    }
                    assertThat(opened.open(sealed, CONTEXT)).as("round %d", round).isEqualTo("tok-123");
                }
                try (Stream<Path> files = Files.list(store)) {
                    assertThat(files).containsExactly(store.resolve(SecretBox.KEY_FILE));
                }
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.resolve(SecretBox.KEY_FILE))))
                        .isEqualTo("rw-------");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theDatabaseKeyFileIsOwnerOnlyToo() throws Exception {
        try (Database database = Database.open(dir)) {
            Path keyFile = database.dataDir().resolve(SecretBox.KEY_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c2hvcnQ=", "not base64 !!"})
    void aDamagedKeyFileGivesAClearStoreException(String content) throws Exception {
        Files.writeString(dir.resolve(SecretBox.KEY_FILE), content);
        assertThatThrownBy(() -> SecretBox.openOrCreate(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.resolve(SecretBox.KEY_FILE).toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
