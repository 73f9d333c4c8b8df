package io.signalbox.delivery;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Java's own certificate checks (trust path and host name), unchanged, except that a refusal says
 * in words why: expired, not yet valid, self-signed, issued by an unknown authority, or made for
 * another host name. The reason travels in the exception, so concurrent calls never mix them up.
 */
final class DiagnosingTrustManager extends X509ExtendedTrustManager {

    /** A refused certificate with the operator's words for why. */
    static final class Refused extends CertificateException {
        Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final X509ExtendedTrustManager delegate;

    DiagnosingTrustManager(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    /** A TLS context that trusts what {@code trust} trusts (null: the Java runtime's authorities). */
    static SSLContext context(KeyStore trust) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            X509ExtendedTrustManager platform = null;
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager extended) {
                    platform = extended;
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new DiagnosingTrustManager(platform)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime has no usable TLS", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw diagnose(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw diagnose(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw diagnose(chain, e);
        }
    }

    static Refused diagnose(X509Certificate[] chain, CertificateException refusal) {
        Date now = new Date();
        for (X509Certificate certificate : chain) {
            try {
                certificate.checkValidity(now);
            } catch (CertificateExpiredException e) {
                return new Refused(DeliveryTexts.get("tls.expired", DAY.format(certificate.getNotAfter().toInstant())),
                        refusal);
            } catch (CertificateNotYetValidException e) {
                return new Refused(DeliveryTexts.get("tls.notYetValid",
                        DAY.format(certificate.getNotBefore().toInstant())), refusal);
            }
        }
        String message = String.valueOf(refusal.getMessage());
        if (message.startsWith("No subject alternative") || message.startsWith("No name matching")) {
            return new Refused(DeliveryTexts.get("tls.hostname"), refusal);
        }
        X509Certificate last = chain[chain.length - 1];
        if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            return new Refused(DeliveryTexts.get(chain.length == 1 ? "tls.selfSigned" : "tls.untrustedRoot"), refusal);
        }
        if (message.contains("PKIX") || message.contains("certification path")) {
            return new Refused(DeliveryTexts.get("tls.unknownIssuer", last.getIssuerX500Principal().getName()), refusal);
        }
        return new Refused(DeliveryTexts.get("tls.refused", firstLine(message)), refusal);
    }

    static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
