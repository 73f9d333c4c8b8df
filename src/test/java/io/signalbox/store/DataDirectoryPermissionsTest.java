package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database in a data directory is readable by whoever can read its files. */
class DataDirectoryPermissionsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aDataDirectoryTheStoreCreatesIsTheOwnersOnlyAndSoAreTheParentsItCreates() throws Exception {
        Path store = dir.resolve("new/signalbox");
        Database.open(store).close();

        assertThat(permissions(store)).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("new"))).isEqualTo("rwx------");
    }

    @Test
    void whoeverWritesIntoTheDirectoryBeforeOpeningTheStoreCanCreateItTheSameWay() throws Exception {
        Path store = Database.createDataDirectory(dir.resolve("first/../signalbox"));
        assertThat(store).isEqualTo(dir.resolve("signalbox"));
        assertThat(permissions(store)).isEqualTo("rwx------");

        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-x---"));
        Database.createDataDirectory(store);
        assertThat(permissions(store)).as("created already: left as it is").isEqualTo("rwxr-x---");
    }

    @Test
    void aDataDirectoryThatAlreadyExistedKeepsItsPermissions() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        Database.open(shared).close();

        assertThat(permissions(shared)).as("a folder the user chose, maybe to share").isEqualTo("rwxr-x---");
    }
}
