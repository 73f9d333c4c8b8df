package io.signalbox.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What the store tests read from a data directory the way another process would. */
final class StoreTestSupport {

    private StoreTestSupport() {
    }

    /**
     * Runs Database's static initializer, as the program does before any H2 class loads: a test
     * that touched H2 first would leave every later store in this JVM on H2's defaults.
     */
    static void loadDatabaseBeforeH2() {
        try {
            Class.forName(Database.class.getName());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The database password as any process holding the key file derives it, computed here on its own. */
    static String derivedPassword(Path dataDir) throws IOException, GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(
                Files.readString(dataDir.resolve(SecretBox.KEY_FILE), StandardCharsets.US_ASCII).strip());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal("signalbox h2 password".getBytes(StandardCharsets.UTF_8)));
    }

    /** H2's lock file: {@code server} (address:port of the mixed-mode server) and {@code id} (its key). */
    static Properties lockFile(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("signalbox.lock.db"))) {
            properties.load(in);
        }
        return properties;
    }

    /** The JDBC URL another process uses to reach the database through the holder's server. */
    static String serverUrl(Path dataDir) throws IOException {
        Properties lock = lockFile(dataDir);
        return "jdbc:h2:tcp://" + lock.getProperty("server") + "/" + lock.getProperty("id");
    }
}
