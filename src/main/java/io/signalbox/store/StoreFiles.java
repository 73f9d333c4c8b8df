package io.signalbox.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The files of a data directory, prepared and checked before the database in it is opened. */
final class StoreFiles {

    static final String DATABASE_FILE = Database.FILE_NAME + ".mv.db";
    static final String LOCK_FILE = Database.FILE_NAME + ".lock.db";

    private StoreFiles() {
    }

    /**
     * Creates the directory, and any missing parent, for its owner only where the file system
     * has POSIX permissions: the database in it is readable by whoever can read its files. A
     * directory that already exists is left exactly as it is; it may be a folder the user chose
     * to share.
     */
    static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Whether this file system has POSIX permissions (owner-only files and folders). */
    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * A database without its key file must not get a new key: every secret stored under the old
     * one would become unreadable, silently, and the database would refuse the new key's password.
     */
    static void refuseMissingKeyFile(Path dir) {
        if (Files.exists(dir.resolve(DATABASE_FILE)) && Files.notExists(dir.resolve(SecretBox.KEY_FILE))) {
            throw new StoreException(StoreTexts.get("keyFile.missing", SecretBox.KEY_FILE, dir));
        }
    }

    /**
     * With AUTO_SERVER, a process that still holds a store whose files were deleted rewrites the
     * lock file, and every later opener would write into that process's deleted file and lose it
     * all when it exits. A lock file without its database file is that case: refuse to open.
     */
    static void refuseOrphanedLock(Path dir) {
        if (Files.exists(dir.resolve(LOCK_FILE)) && !Files.exists(dir.resolve(DATABASE_FILE))) {
            throw new StoreException(StoreTexts.get("store.orphaned", dir));
        }
    }
}
