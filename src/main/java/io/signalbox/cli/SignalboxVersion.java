package io.signalbox.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version for {@code --version}: read from the pom.properties that Maven's jar plugin writes
 * into the jar, so the number lives only in pom.xml. Classes run from target/classes have none.
 */
final class SignalboxVersion implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/io.signalbox/signalbox/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {CliMessages.get("version.line", projectVersion())};
    }

    static String projectVersion() {
        try (InputStream in = SignalboxVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            // An unreadable version is no reason to fail --version: say it is a development build.
        }
        return CliMessages.get("version.development");
    }
}
