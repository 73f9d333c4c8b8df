package io.signalbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.AuthKind;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.SubscriptionEvent;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UrlEditingTest extends WindowTest {

    private UUID botId;

    @Override
    void seed(Signalbox store) {
        botId = store.settings().createBot("Ventas Ecuador", "bot-4821", "").id();
    }

    private void openNewUrlEditor() {
        selectBot("Ventas Ecuador");
        clickOn("#addUrlButton");
        lookup("#urlField").query();
    }

    private void chooseAuth(String label) {
        clickOn("#authKindBox");
        clickOn(label);
    }

    private NotificationUrl storedUrl() {
        List<NotificationUrl> urls = signalbox.settings().urls(botId);
        assertThat(urls).hasSize(1);
        return urls.get(0);
    }

    @ParameterizedTest
    @EnumSource(AuthKind.class)
    void addsAUrlWithEachAuthenticationKind(AuthKind kind) {
        openNewUrlEditor();
        clickOn("#readToggle");
        clickOn("#failedToggle");
        typeInto("#urlField", "https://crm.example.com/hooks/" + kind.name().toLowerCase());
        switch (kind) {
            case NONE -> { }
            case BASIC -> {
                chooseAuth("Basic (user and password)");
                typeInto("#usernameField", "ops");
                typeSecret("#passwordField", "pa55-word");
            }
            case BEARER -> {
                chooseAuth("Bearer token");
                typeSecret("#bearerTokenField", "tok-123");
            }
            case API_KEY -> {
                chooseAuth("API key header");
                assertThat(textOf("#apiKeyHeaderField")).isEqualTo("X-API-Key");
                typeInto("#apiKeyHeaderField", "X-Signalbox-Key");
                typeSecret("#apiKeyValueField", "key-456");
            }
            case SIGNATURE -> {
                chooseAuth("Signature (Standard Webhooks)");
                clickOn("#generateButton");
            }
            case OAUTH2_CLIENT_CREDENTIALS -> {
                chooseAuth("OAuth2 client credentials");
                typeInto("#tokenUrlField", "https://auth.example.com/oauth/token");
                typeInto("#clientIdField", "signalbox");
                typeSecret("#clientSecretField", "cs-789");
                typeInto("#scopeField", "events:write");
            }
        }
        assertThat(textOf("#problemLabel")).isEmpty();
        clickOn("#urlEditorSave");

        waitUntil(() -> urlTable().getItems().size() == 1);
        NotificationUrl url = storedUrl();
        assertThat(url.auth().kind()).isEqualTo(kind);
        assertThat(url.subscription().events()).containsExactlyInAnyOrder(SubscriptionEvent.READ, SubscriptionEvent.FAILED);
        assertThat(url.timeoutSeconds()).isEqualTo(10);
        assertThat(url.enabled()).isTrue();
        switch (kind) {
            case BASIC -> assertThat(url.auth()).isEqualTo(new Auth.Basic("ops", io.signalbox.domain.Secret.of("pa55-word")));
            case BEARER -> assertThat(url.auth().secret().reveal()).isEqualTo("tok-123");
            case API_KEY -> assertThat(url.auth()).isEqualTo(new Auth.ApiKey("X-Signalbox-Key", io.signalbox.domain.Secret.of("key-456")));
            case SIGNATURE -> assertThat(url.auth().secret().reveal()).startsWith("whsec_");
            case OAUTH2_CLIENT_CREDENTIALS -> assertThat(url.auth()).isEqualTo(new Auth.OAuth2Client(
                    "https://auth.example.com/oauth/token", "signalbox", io.signalbox.domain.Secret.of("cs-789"), "events:write"));
            case NONE -> assertThat(url.auth()).isEqualTo(Auth.none());
        }
        assertThat(urlTable().getItems().get(0).url()).isEqualTo("https://crm.example.com/hooks/" + kind.name().toLowerCase());
    }

    @Test
    void invalidInputBlocksSaveAndSaysWhy() {
        openNewUrlEditor();
        assertThat(isDisabled("#urlEditorSave")).isTrue();

        typeInto("#urlField", "ftp://crm.example.com/hook");
        assertThat(textOf("#problemLabel")).isEqualTo("Endpoint URL — scheme must be http or https");
        assertThat(isDisabled("#urlEditorSave")).isTrue();

        typeInto("#urlField", "https:///no-host");
        assertThat(textOf("#problemLabel")).startsWith("Endpoint URL — the URL needs a host");

        typeInto("#urlField", "https://crm.example.com/hook");
        assertThat(textOf("#problemLabel")).isEqualTo("Events — choose at least one event");

        clickOn("#replyToggle");
        chooseAuth("Signature (Standard Webhooks)");
        assertThat(textOf("#problemLabel")).isEqualTo("Signing secret — this secret is required");
        typeSecret("#signingSecretField", "whsec_tooShort");
        assertThat(textOf("#problemLabel")).startsWith("Signing secret — a signing secret decodes to 24–64 bytes");
        clickOn("#generateButton");
        assertThat(isDisabled("#urlEditorSave")).isFalse();

        clickOn("#addHeaderButton");
        write("Host");
        typeInto("#headerValue0", "evil.example.com");
        assertThat(textOf("#problemLabel")).isEqualTo("Header 1 name — Host is set by Signalbox itself and cannot be an extra header");
        typeInto("#headerName0", "X-Tenant");
        typeInto("#timeoutField", "90");
        assertThat(textOf("#problemLabel")).isEqualTo("Timeout — the timeout is 1–60 seconds (not 90)");
        assertThat(isDisabled("#urlEditorSave")).isTrue();
        typeInto("#timeoutField", "15");
        assertThat(isDisabled("#urlEditorSave")).isFalse();
        clickOn("#urlEditorSave");

        waitUntil(() -> urlTable().getItems().size() == 1);
        assertThat(storedUrl().headers()).containsExactly(java.util.Map.entry("X-Tenant", "evil.example.com"));
        assertThat(storedUrl().timeoutSeconds()).isEqualTo(15);
    }

    @Test
    void allIsExclusiveAndReadShowsTheReadReceiptsWarning() {
        openNewUrlEditor();
        assertThat(isShowing("#readReceiptsLabel")).isFalse();
        clickOn("#failedToggle");
        assertThat(isShowing("#readReceiptsLabel")).isFalse();
        clickOn("#readToggle");
        assertThat(isShowing("#readReceiptsLabel")).isTrue();
        assertThat(textOf("#readReceiptsLabel")).contains("read receipts");

        clickOn("#allToggle");
        assertThat(lookup("#readToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
        assertThat(lookup("#failedToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
        assertThat(isShowing("#readReceiptsLabel")).isTrue();

        clickOn("#replyToggle");
        assertThat(lookup("#allToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
        assertThat(isShowing("#readReceiptsLabel")).isFalse();
        clickOn("#urlEditorCancel");
    }

    @Test
    void plainHttpIsWarnedAboutExceptOnThisMachine() {
        openNewUrlEditor();
        typeInto("#urlField", "http://crm.example.com/hook");
        assertThat(isShowing("#urlWarningLabel")).isTrue();
        assertThat(textOf("#urlWarningLabel")).contains("unencrypted");
        typeInto("#urlField", "http://127.0.0.1:8080/hook");
        assertThat(isShowing("#urlWarningLabel")).isFalse();
        clickOn("#urlEditorCancel");
    }

    @Test
    void secretsAreMaskedUntilRevealed() {
        openNewUrlEditor();
        chooseAuth("Bearer token");
        typeSecret("#bearerTokenField", "tok-secret");
        PasswordField masked = lookup("#bearerTokenField .secret-masked").query();
        TextField plain = lookup("#bearerTokenField .secret-plain").query();
        assertThat(masked.isVisible()).isTrue();
        assertThat(plain.isVisible()).isFalse();
        clickOn("#bearerTokenField .reveal-toggle");
        assertThat(plain.isVisible()).isTrue();
        assertThat(plain.getText()).isEqualTo("tok-secret");
        clickOn("#urlEditorCancel");
    }

    @Test
    void editDuplicateDisableAndDeleteAUrl() {
        openNewUrlEditor();
        clickOn("#allToggle");
        typeInto("#urlField", "https://crm.example.com/hook");
        typeInto("#descriptionField", "CRM");
        clickOn("#urlEditorSave");
        waitUntil(() -> urlTable().getItems().size() == 1);

        doubleClickOn("https://crm.example.com/hook");
        assertThat(textOf("#descriptionField")).isEqualTo("CRM");
        typeInto("#descriptionField", "CRM (production)");
        assertThat(textOf("#descriptionField")).isEqualTo("CRM (production)");
        assertThat(isDisabled("#urlEditorSave")).as(textOf("#problemLabel")).isFalse();
        clickOn("#urlEditorSave");
        waitUntil(() -> !isShowing("#descriptionField"));
        waitForStore(() -> storedUrl().description().equals("CRM (production)"));
        waitUntil(() -> urlTable().getItems().get(0).description().equals("CRM (production)"));

        clickOn("#toggleUrlButton");
        waitUntil(() -> !urlTable().getItems().get(0).enabled());
        assertThat(storedUrl().enabled()).isFalse();
        assertThat(lookup(".enabled-box").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(lookup("#toggleUrlButton").queryButton().getText()).isEqualTo("Enable");

        shortcut(KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> urlTable().getItems().size() == 2);
        assertThat(signalbox.settings().urls(botId)).extracting(NotificationUrl::url)
                .containsExactly("https://crm.example.com/hook", "https://crm.example.com/hook");

        clickOn("#deleteUrlButton");
        assertThat(lookup("#confirmDialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Delete https://crm.example.com/hook?");
        clickOn("#confirmYes");
        waitUntil(() -> urlTable().getItems().size() == 1);
        assertThat(signalbox.settings().urls(botId)).hasSize(1);
        waitUntil(() -> botList().getItems().get(0).urlCount() == 1);
    }
}
