package io.signalbox;

import io.signalbox.app.NotificationSettings;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SigningSecret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Fills a data directory with a realistic demo configuration, for screenshots and trying the window:
 * {@code java -cp ... io.signalbox.DemoStore DIR [ENDPOINT_PORT]} (see docs/screenshots/take.sh). With a
 * port, the first bot also gets a URL on that port of this machine (a {@link DemoEndpoint}), to test for real.
 */
public final class DemoStore {

    private DemoStore() {
    }

    public static void main(String[] args) {
        try (Signalbox signalbox = Signalbox.open(Path.of(args[0]))) {
            NotificationSettings settings = signalbox.settings();
            Bot ventas = settings.createBot("Ventas Ecuador", "bot-4821", "Campañas de ventas: confirmaciones y recordatorios");
            Bot soporte = settings.createBot("Soporte Perú", "bot-1177", "");
            settings.createBot("Cobranzas Colombia", "bot-3310", "");
            settings.createBot("Onboarding México", "", "");
            settings.createBot("Encuestas NPS", "bot-9002", "");
            settings.createBot("Promociones \"Black Friday\"", "bot-7000", "");
            add(settings, ventas, "https://crm.example.com/hooks/whatsapp", Subscription.of(SubscriptionEvent.READ,
                    SubscriptionEvent.FAILED), new Auth.Bearer(Secret.of("tok_live_8f2a")), true, "CRM", Map.of("X-Tenant", "ec"));
            add(settings, ventas, "https://analytics.example.com/v1/events", Subscription.all(),
                    new Auth.Signature(Secret.of(SigningSecret.generate())), true, "Real-time analytics", Map.of());
            add(settings, ventas, "https://erp.example.com/api/whatsapp/replies", Subscription.of(SubscriptionEvent.REPLY),
                    new Auth.OAuth2Client("https://auth.example.com/oauth/token", "signalbox", Secret.of("cs_123"), "events:write"),
                    true, "ERP replies", Map.of());
            add(settings, ventas, "http://legacy.example.com/notify", Subscription.of(SubscriptionEvent.FAILED),
                    new Auth.Basic("ops", Secret.of("pw")), false, "Legacy alerting (off)", Map.of());
            if (args.length > 1) {
                add(settings, ventas, "http://127.0.0.1:" + args[1] + "/hooks/whatsapp", Subscription.of(
                        SubscriptionEvent.READ, SubscriptionEvent.FAILED), new Auth.Bearer(Secret.of("tok_staging_41c9")),
                        true, "CRM staging", Map.of("X-Tenant", "ec"));
            }
            add(settings, soporte, "https://soporte.example.pe/hook", Subscription.of(SubscriptionEvent.REPLY),
                    new Auth.ApiKey("X-API-Key", Secret.of("k-1")), true, "Helpdesk", Map.of());
        }
    }

    private static void add(NotificationSettings settings, Bot bot, String url, Subscription events, Auth auth,
                            boolean enabled, String description, Map<String, String> headers) {
        settings.addUrl(new NotificationUrl(UUID.randomUUID(), bot.id(), url, events, auth, enabled, description, headers, 10));
    }
}
