package io.signalbox.transfer;

import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A configuration that uses every part of the document: all six auth kinds, Unicode and quoted
 * names, extra headers, each kind of subscription, a disabled URL, a bot without URLs.
 */
public final class SampleConfiguration {

    public static final String BEARER_TOKEN = "tok-live-8f2a-very-secret";
    public static final String BASIC_PASSWORD = "pässwörd \"quoted\"";
    public static final String API_KEY_VALUE = "k-1-🔑";
    public static final String SIGNING_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public static final String CLIENT_SECRET = "cs_123_client";

    public final Bot ventas = new Bot(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
            "Ventas \"Quito\" ñandú 🚀", "bot-4821", "Campañas de ventas\ncon salto de línea");
    public final Bot soporte = new Bot(UUID.fromString("2c5f39cb-3fb2-42e3-994f-1127e4ddb538"),
            "soporte Perú", "", "");
    public final Bot vacio = new Bot(UUID.fromString("3d6f4adc-4fc3-43f4-a55f-2238f5eec649"),
            "Ärger ohne URLs", "bot-9", "");
    public final List<NotificationUrl> urls = new ArrayList<>();

    public SampleConfiguration() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Tenant", "ec");
        headers.put("X-Trace", "a \"b\" ñ");
        add(ventas, "6fa459ea-ee8a-3ca4-894e-db77e160355e", "https://crm.example.com/hooks/whatsapp",
                Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED),
                new Auth.Bearer(Secret.of(BEARER_TOKEN)), true, "CRM", headers, 10);
        add(ventas, "7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", "https://analytics.example.com/v1/events",
                Subscription.all(), new Auth.Signature(Secret.of(SIGNING_SECRET)), true, "Analítica", Map.of(), 30);
        add(ventas, "8b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e", "https://erp.example.com/api/replies",
                Subscription.of(SubscriptionEvent.REPLY),
                new Auth.OAuth2Client("https://auth.example.com/oauth/token", "signalbox", Secret.of(CLIENT_SECRET),
                        "events:write"), true, "", Map.of(), 10);
        add(ventas, "9c2d3e4f-5a6b-4c7d-8e8f-9a0b1c2d3e4f", "http://legacy.example.com/notify",
                Subscription.of(SubscriptionEvent.FAILED), new Auth.Basic("ops", Secret.of(BASIC_PASSWORD)),
                false, "Legacy (off)", Map.of(), 5);
        add(soporte, "ad3e4f5a-6b7c-4d8e-9f9a-0b1c2d3e4f5a", "https://soporte.example.pe/hook",
                Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED, SubscriptionEvent.REPLY),
                new Auth.ApiKey("X-Soporte-Key", Secret.of(API_KEY_VALUE)), true, "Helpdesk",
                Map.of("X-Env", "prod"), 60);
        add(soporte, "be4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b", "http://127.0.0.1:8080/hook",
                Subscription.of(SubscriptionEvent.READ), Auth.none(), true, "Local test", Map.of(), 1);
    }

    private void add(Bot bot, String id, String url, Subscription events, Auth auth, boolean enabled,
                     String description, Map<String, String> headers, int timeout) {
        urls.add(new NotificationUrl(UUID.fromString(id), bot.id(), url, events, auth, enabled, description, headers,
                timeout));
    }

    public List<Bot> bots() {
        return List.of(ventas, soporte, vacio);
    }

    public List<NotificationUrl> urlsOf(UUID botId) {
        return urls.stream().filter(url -> url.botId().equals(botId)).toList();
    }
}
