package io.signalbox.ui.urls;

import io.signalbox.domain.Auth;
import io.signalbox.domain.AuthKind;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SigningSecret;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The authentication part of the URL editor: the chosen kind and the fields of every kind, kept
 * while the operator switches kinds so nothing typed is lost; only the chosen kind's fields count.
 */
public final class AuthForm {

    private final ObjectProperty<AuthKind> kind = new SimpleObjectProperty<>(AuthKind.NONE);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty bearerToken = new SimpleStringProperty("");
    private final StringProperty apiKeyHeader = new SimpleStringProperty(Auth.DEFAULT_API_KEY_HEADER);
    private final StringProperty apiKeyValue = new SimpleStringProperty("");
    private final StringProperty signingSecret = new SimpleStringProperty("");
    private final StringProperty tokenUrl = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecret = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");

    void load(Auth auth) {
        kind.set(auth.kind());
        if (auth instanceof Auth.Basic basic) {
            username.set(basic.username());
            password.set(reveal(basic.password()));
        } else if (auth instanceof Auth.Bearer bearer) {
            bearerToken.set(reveal(bearer.token()));
        } else if (auth instanceof Auth.ApiKey apiKey) {
            apiKeyHeader.set(apiKey.header());
            apiKeyValue.set(reveal(apiKey.value()));
        } else if (auth instanceof Auth.Signature signature) {
            signingSecret.set(reveal(signature.secret()));
        } else if (auth instanceof Auth.OAuth2Client oauth) {
            tokenUrl.set(oauth.tokenUrl());
            clientId.set(oauth.clientId());
            clientSecret.set(reveal(oauth.clientSecret()));
            scope.set(oauth.scope() == null ? "" : oauth.scope());
        }
    }

    /** The auth the chosen kind's fields describe (it may still break rules; the form checks it). */
    public Auth auth() {
        return switch (kind.get()) {
            case NONE -> Auth.none();
            case BASIC -> new Auth.Basic(username.get(), Secret.of(password.get()));
            case BEARER -> new Auth.Bearer(Secret.of(bearerToken.get()));
            case API_KEY -> new Auth.ApiKey(apiKeyHeader.get(), Secret.of(apiKeyValue.get()));
            case SIGNATURE -> new Auth.Signature(Secret.of(signingSecret.get()));
            case OAUTH2_CLIENT_CREDENTIALS -> new Auth.OAuth2Client(tokenUrl.get(), clientId.get(),
                    Secret.of(clientSecret.get()), scope.get().isBlank() ? null : scope.get().strip());
        };
    }

    /** Fills the signing secret with a new {@code whsec_} secret of 32 random bytes. */
    public void generateSigningSecret() {
        signingSecret.set(SigningSecret.generate());
    }

    Observable[] observables() {
        return new Observable[] {kind, username, password, bearerToken, apiKeyHeader, apiKeyValue, signingSecret,
            tokenUrl, clientId, clientSecret, scope};
    }

    private static String reveal(Secret secret) {
        return secret == null ? "" : secret.reveal();
    }

    public ObjectProperty<AuthKind> kindProperty() {
        return kind;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty bearerTokenProperty() {
        return bearerToken;
    }

    public StringProperty apiKeyHeaderProperty() {
        return apiKeyHeader;
    }

    public StringProperty apiKeyValueProperty() {
        return apiKeyValue;
    }

    public StringProperty signingSecretProperty() {
        return signingSecret;
    }

    public StringProperty tokenUrlProperty() {
        return tokenUrl;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public StringProperty scopeProperty() {
        return scope;
    }
}
