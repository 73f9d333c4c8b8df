package io.signalbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2's automatic-mixed-mode server lets a second process work on a store the first holds open.
 * It must not be a way in for anyone else: it listens on loopback only, and it takes only the
 * password derived from the owner-only key file.
 */
class MixedModeServerTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void asTheProgramDoes() {
        StoreTestSupport.loadDatabaseBeforeH2();
    }

    @Test
    void theServerListensOnLoopbackOnlyAndTheLockFileSendsOthersThere() throws Exception {
        try (Database database = Database.open(dir)) {
            // H2 writes a bind address of 127.0.0.1 as "localhost"; clients resolve it IPv4 first.
            String server = StoreTestSupport.lockFile(database.dataDir()).getProperty("server");
            String host = server.substring(0, server.lastIndexOf(':'));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            assertThat(host).as("the address the lock file gives other processes").isIn("localhost", "127.0.0.1");
            assertThat(InetAddress.getByName(host).isLoopbackAddress()).isTrue();
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress(host, port), 5000);
                assertThat(loopback.isConnected()).as("the address from the lock file reaches the server").isTrue();
            }

            List<InetAddress> others = nonLoopbackAddresses();
            assumeThat(others).as("this computer has an address besides loopback").isNotEmpty();
            for (InetAddress address : others) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 2000);
                    }
                }).as("connecting to the server through %s", address).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void throughTheServerOnlyThePasswordDerivedFromTheKeyFileGetsIn() throws Exception {
        try (Database database = Database.open(dir)) {
            database.inTransaction(connection -> connection.createStatement()
                    .executeUpdate("INSERT INTO bot (id, name, name_key) VALUES (RANDOM_UUID(), 'Ventas', 'ventas')"));
            String url = StoreTestSupport.serverUrl(dir);
            try (Connection connection = DriverManager.getConnection(url, "signalbox", StoreTestSupport.derivedPassword(dir));
                 ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM bot")) {
                rows.next();
                assertThat(rows.getInt(1)).as("the holder's row, read through its server").isEqualTo(1);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "signalbox", "").close())
                    .as("the empty password every H2 database starts with")
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(28000));
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(MixedModeServerTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .collect(Collectors.toList());
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && !networkInterface.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
