package io.signalbox.delivery;

import io.signalbox.domain.DeliveryFailure;
import io.signalbox.domain.FailureKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Turns what Java's HTTP client throws into the plain one-line cause an operator is shown. */
final class Failures {

    private static final long PROBE_MILLIS = 3_000;

    private Failures() {
    }

    static DeliveryFailure cancelled() {
        return new DeliveryFailure(FailureKind.CANCELLED, DeliveryTexts.get("failure.cancelled"));
    }

    static DeliveryFailure timeout(int seconds) {
        return new DeliveryFailure(FailureKind.TIMEOUT, DeliveryTexts.get("failure.timeout", seconds));
    }

    /** The cause of a failed exchange with {@code uri}, in words. */
    static DeliveryFailure describe(Throwable failure, URI uri, int timeoutSeconds) {
        if (find(failure, CancellationException.class) != null) {
            return cancelled();
        }
        if (find(failure, UnresolvedAddressException.class) != null || find(failure, UnknownHostException.class) != null) {
            return new DeliveryFailure(FailureKind.DNS, DeliveryTexts.get("failure.dns", uri.getHost()));
        }
        if (find(failure, HttpTimeoutException.class) != null) {
            return timeout(timeoutSeconds);
        }
        DiagnosingTrustManager.Refused refused = find(failure, DiagnosingTrustManager.Refused.class);
        if (refused != null) {
            return new DeliveryFailure(FailureKind.TLS, DeliveryTexts.get("failure.tls", refused.getMessage()));
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return new DeliveryFailure(FailureKind.TLS, DeliveryTexts.get("failure.tls", tlsReason(tls)));
        }
        ConnectException connect = find(failure, ConnectException.class);
        String address = uri.getHost() + ":" + port(uri);
        if (connect != null) {
            String message = connectionError(connect, uri, timeoutSeconds);
            if (message.toLowerCase(Locale.ROOT).contains("refused")) {
                return new DeliveryFailure(FailureKind.REFUSED, DeliveryTexts.get("failure.refused", address));
            }
            return new DeliveryFailure(FailureKind.OTHER, DeliveryTexts.get("failure.connect", address, message));
        }
        return new DeliveryFailure(FailureKind.OTHER, DeliveryTexts.get("failure.other", deepestMessage(failure)));
    }

    /**
     * The operating system's word for a failed connect. Java's HTTP client drops it (JDK 17 reports a
     * bare ConnectException), so when the exception has no message one plain connect attempt asks again.
     */
    private static String connectionError(ConnectException connect, URI uri, int timeoutSeconds) {
        if (connect.getMessage() != null && !connect.getMessage().isBlank()) {
            return DiagnosingTrustManager.firstLine(connect.getMessage());
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(uri.getHost(), port(uri)),
                    (int) Math.min(PROBE_MILLIS, timeoutSeconds * 1000L));
            return DeliveryTexts.get("failure.closed");
        } catch (IOException e) {
            return deepestMessage(e);
        }
    }

    private static String tlsReason(SSLException tls) {
        String message = deepestMessage(tls);
        if (message.contains("Unsupported or unrecognized SSL message") || message.contains("Unrecognized SSL message")) {
            return DeliveryTexts.get("tls.notTls");
        }
        if (message.contains("protocol") && tls instanceof SSLHandshakeException) {
            return DeliveryTexts.get("tls.protocol", message);
        }
        return message;
    }

    static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The innermost non-empty message of the chain, first line only (Java's own words as a last resort). */
    static String deepestMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return message == null ? failure.getClass().getSimpleName() : DiagnosingTrustManager.firstLine(message);
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
