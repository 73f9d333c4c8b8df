package io.signalbox.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Certificates made at test time with the JDK's own keytool, for HTTPS servers on 127.0.0.1. */
public final class TestCertificates {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final KeyStore keyStore;
    private final String trustedAlias;

    private TestCertificates(KeyStore keyStore, String trustedAlias) {
        this.keyStore = keyStore;
        this.trustedAlias = trustedAlias;
    }

    /**
     * A self-signed certificate for {@code san} (keytool's -ext SAN=..., e.g. {@code ip:127.0.0.1}),
     * valid from {@code startDate} (keytool's -startdate, e.g. {@code -10d}; null for now) for {@code days}.
     */
    public static TestCertificates selfSigned(Path dir, String name, String san, String startDate, int days)
            throws IOException, InterruptedException, GeneralSecurityException {
        Path file = dir.resolve(name + ".p12");
        List<String> command = new ArrayList<>(List.of("-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=" + san,
                "-validity", Integer.toString(days)));
        if (startDate != null) {
            command.addAll(List.of("-startdate", startDate));
        }
        keytool(file, command);
        return new TestCertificates(load(file), "server");
    }

    /**
     * A certificate for {@code san} issued by a new test authority, valid from {@code startDate} for
     * {@code days}; {@link #trustStore()} then holds the authority (which is valid for a year).
     */
    public static TestCertificates issuedByTestAuthority(Path dir, String name, String san, String startDate,
                                                         int days)
            throws IOException, InterruptedException, GeneralSecurityException {
        Path ca = dir.resolve(name + "-ca.p12");
        Path leaf = dir.resolve(name + ".p12");
        Path request = dir.resolve(name + ".csr");
        Path issued = dir.resolve(name + ".cer");
        Path caCert = dir.resolve(name + "-ca.cer");
        keytool(ca, List.of("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Signalbox Test Authority", "-ext", "bc:c", "-validity", "365"));
        keytool(leaf, List.of("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name, "-validity", "365"));
        keytool(leaf, List.of("-certreq", "-alias", "server", "-file", request.toString()));
        keytool(ca, List.of("-gencert", "-alias", "ca", "-infile", request.toString(), "-outfile", issued.toString(),
                "-ext", "SAN=" + san, "-startdate", startDate, "-validity", Integer.toString(days)));
        keytool(ca, List.of("-exportcert", "-alias", "ca", "-file", caCert.toString()));
        keytool(leaf, List.of("-importcert", "-alias", "ca", "-file", caCert.toString(), "-noprompt"));
        keytool(leaf, List.of("-importcert", "-alias", "server", "-file", issued.toString()));
        return new TestCertificates(load(leaf), "ca");
    }

    private static void keytool(Path store, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(arguments);
        command.addAll(List.of("-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    /** The server side: presents this certificate. */
    public SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A trust store holding only this certificate (or its authority), for a client that should trust it. */
    public KeyStore trustStore() throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("trusted", keyStore.getCertificate(trustedAlias));
        return trust;
    }
}
