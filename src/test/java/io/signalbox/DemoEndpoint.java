package io.signalbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in CRM endpoint on 127.0.0.1 for screenshots of the test panel with a real answer in it:
 * {@code java -cp ... io.signalbox.DemoEndpoint PORT} (see docs/screenshots/take.sh).
 */
public final class DemoEndpoint {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    private DemoEndpoint() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        int[] count = {4820};
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = STATUS.matcher(body);
            String event = status.find() ? status.group(1) : "UNKNOWN";
            byte[] answer = ("{\"accepted\":true,\"event\":\"" + event + "\",\"ticket\":\"CRM-" + (++count[0])
                    + "\",\"queue\":\"whatsapp-notifications\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().add("X-Request-Id", "req_" + Long.toHexString(System.nanoTime()));
            exchange.getResponseHeaders().add("Server", "crm-hooks/2.3");
            exchange.sendResponseHeaders(202, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }
}
