package io.signalbox.ui.urls;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.domain.Auth;
import io.signalbox.domain.AuthKind;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The URL form's rules without a window. */
class UrlEditorViewModelTest {

    private final UUID botId = UUID.randomUUID();

    @Test
    void aNewFormCannotBeSavedAndSaysWhy() {
        UrlEditorViewModel form = new UrlEditorViewModel(botId, null);
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.saveBlockedReasonProperty().get()).isEqualTo("Endpoint URL — enter the endpoint URL");
        form.urlProperty().set("https://");
        assertThat(form.saveBlockedReasonProperty().get()).startsWith("Endpoint URL — the URL needs a host");
    }

    @Test
    void becomesValidOnceEveryRuleHolds() {
        UrlEditorViewModel form = new UrlEditorViewModel(botId, null);
        form.urlProperty().set("https://crm.example.com/hook");
        assertThat(form.saveBlockedReasonProperty().get()).isEqualTo("Events — choose at least one event");
        form.failedProperty().set(true);
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.saveBlockedReasonProperty().get()).isEmpty();

        NotificationUrl url = form.result();
        assertThat(url.subscription()).isEqualTo(Subscription.of(SubscriptionEvent.FAILED));
        assertThat(url.timeoutSeconds()).isEqualTo(10);
        assertThat(url.auth()).isEqualTo(Auth.none());
    }

    @Test
    void switchingAuthKindsKeepsWhatWasTypedButSavesOnlyTheChosenKind() {
        UrlEditorViewModel form = new UrlEditorViewModel(botId, null);
        form.urlProperty().set("https://crm.example.com/hook");
        form.allProperty().set(true);
        form.auth().kindProperty().set(AuthKind.BEARER);
        form.auth().bearerTokenProperty().set("tok");
        form.auth().kindProperty().set(AuthKind.API_KEY);
        assertThat(form.saveBlockedReasonProperty().get()).isEqualTo("Key value — this secret is required");
        form.auth().kindProperty().set(AuthKind.BEARER);
        assertThat(form.result().auth()).isEqualTo(new Auth.Bearer(Secret.of("tok")));
    }

    @Test
    void headerRowsAreCheckedInOrderAndNamesAreTrimmed() {
        UrlEditorViewModel form = new UrlEditorViewModel(botId, null);
        form.urlProperty().set("https://crm.example.com/hook");
        form.readProperty().set(true);
        form.addHeader();
        form.headers().get(0).nameProperty().set(" X-Tenant ");
        form.headers().get(0).valueProperty().set("ec");
        form.addHeader();
        form.headers().get(1).nameProperty().set("x-tenant");
        form.headers().get(1).valueProperty().set("pe");
        assertThat(form.saveBlockedReasonProperty().get()).isEqualTo("Header 2 name — x-tenant appears twice");
        form.removeHeader(form.headers().get(1));
        assertThat(form.result().headers()).containsExactly(Map.entry("X-Tenant", "ec"));
    }

    @Test
    void editingLoadsEveryFieldAndKeepsTheId() {
        NotificationUrl stored = new NotificationUrl(UUID.randomUUID(), botId, "https://erp.example.com/r",
                Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.REPLY),
                new Auth.OAuth2Client("https://auth.example.com/token", "sb", Secret.of("cs"), "events"),
                false, "ERP", Map.of("X-Env", "prod"), 30);
        UrlEditorViewModel form = new UrlEditorViewModel(botId, stored);
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.readReceiptsWarningProperty().get()).isTrue();
        assertThat(form.result()).isEqualTo(stored);
    }

    @Test
    void aTimeoutThatIsNotANumberIsExplained() {
        UrlEditorViewModel form = new UrlEditorViewModel(botId, null);
        form.urlProperty().set("https://crm.example.com/hook");
        form.replyProperty().set(true);
        form.timeoutProperty().set("");
        assertThat(form.saveBlockedReasonProperty().get()).isEqualTo("Timeout — enter a whole number of seconds");
    }
}
