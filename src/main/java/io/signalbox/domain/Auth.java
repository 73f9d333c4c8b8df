package io.signalbox.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the endpoint expects of our call. Each kind holds at most one secret; secrets are
 * {@link Secret}s, so printing an Auth never shows them.
 */
public sealed interface Auth permits Auth.None, Auth.Basic, Auth.Bearer, Auth.ApiKey, Auth.Signature,
        Auth.OAuth2Client {

    String DEFAULT_API_KEY_HEADER = "X-API-Key";

    /** Longest user name, client id or scope (the store's column size). */
    int MAX_TEXT = 1000;

    /** Longest secret in UTF-8 bytes (sealed, it must fit the store's column). */
    int MAX_SECRET_BYTES = 8000;

    AuthKind kind();

    /** The kind's one secret, or null when the kind has none (or it is not known). */
    Secret secret();

    /** The same auth with another secret (used to keep a stored secret when an edit leaves it out). */
    Auth withSecret(Secret secret);

    /** Every broken rule, with fields named {@code auth.<field>}. */
    List<Problem> problems();

    /** Whether this kind needs a secret to send. */
    default boolean needsSecret() {
        return kind() != AuthKind.NONE;
    }

    static Auth none() {
        return new None();
    }

    record None() implements Auth {
        public AuthKind kind() {
            return AuthKind.NONE;
        }

        public Secret secret() {
            return null;
        }

        public Auth withSecret(Secret secret) {
            return this;
        }

        public List<Problem> problems() {
            return List.of();
        }
    }

    record Basic(String username, Secret password) implements Auth {
        public AuthKind kind() {
            return AuthKind.BASIC;
        }

        public Secret secret() {
            return password;
        }

        public Auth withSecret(Secret secret) {
            return new Basic(username, secret);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (username == null || username.isBlank()) {
                problems.add(Texts.problem("auth.username", "auth.username.required"));
            } else if (username.length() > MAX_TEXT) {
                problems.add(Texts.problem("auth.username", "text.long", MAX_TEXT));
            } else if (username.contains(":")) {
                problems.add(Texts.problem("auth.username", "auth.username.colon"));
            } else if (HeaderRules.hasControl(username)) {
                problems.add(Texts.problem("auth.username", "text.control"));
            }
            requireSecret(problems, "auth.password", password);
            return problems;
        }
    }

    record Bearer(Secret token) implements Auth {
        public AuthKind kind() {
            return AuthKind.BEARER;
        }

        public Secret secret() {
            return token;
        }

        public Auth withSecret(Secret secret) {
            return new Bearer(secret);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (requireSecret(problems, "auth.token", token) && token.reveal().chars().anyMatch(Character::isWhitespace)) {
                problems.add(Texts.problem("auth.token", "auth.token.whitespace"));
            }
            return problems;
        }
    }

    record ApiKey(String header, Secret value) implements Auth {
        public AuthKind kind() {
            return AuthKind.API_KEY;
        }

        public Secret secret() {
            return value;
        }

        public Auth withSecret(Secret secret) {
            return new ApiKey(header, secret);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>(HeaderRules.checkName("auth.header", header));
            requireSecret(problems, "auth.value", value);
            return problems;
        }
    }

    record Signature(Secret secret) implements Auth {
        public AuthKind kind() {
            return AuthKind.SIGNATURE;
        }

        public Auth withSecret(Secret secret) {
            return new Signature(secret);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (requireSecret(problems, "auth.secret", secret)) {
                problems.addAll(SigningSecret.check("auth.secret", secret.reveal()));
            }
            return problems;
        }
    }

    record OAuth2Client(String tokenUrl, String clientId, Secret clientSecret, String scope) implements Auth {
        public AuthKind kind() {
            return AuthKind.OAUTH2_CLIENT_CREDENTIALS;
        }

        public Secret secret() {
            return clientSecret;
        }

        public Auth withSecret(Secret secret) {
            return new OAuth2Client(tokenUrl, clientId, secret, scope);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>(UrlRules.check("auth.tokenUrl", tokenUrl));
            if (clientId == null || clientId.isBlank()) {
                problems.add(Texts.problem("auth.clientId", "auth.clientId.required"));
            } else if (clientId.length() > MAX_TEXT) {
                problems.add(Texts.problem("auth.clientId", "text.long", MAX_TEXT));
            } else if (HeaderRules.hasControl(clientId)) {
                problems.add(Texts.problem("auth.clientId", "text.control"));
            }
            requireSecret(problems, "auth.clientSecret", clientSecret);
            if (scope != null && scope.length() > MAX_TEXT) {
                problems.add(Texts.problem("auth.scope", "text.long", MAX_TEXT));
            } else if (scope != null && HeaderRules.hasControl(scope)) {
                problems.add(Texts.problem("auth.scope", "text.control"));
            }
            return problems;
        }
    }

    /** Adds a problem when the secret is absent or blank; true when it is there. */
    private static boolean requireSecret(List<Problem> problems, String field, Secret secret) {
        if (secret == null || secret.isBlank()) {
            problems.add(Texts.problem(field, "auth.secret.required"));
            return false;
        }
        if (HeaderRules.hasControl(secret.reveal())) {
            problems.add(Texts.problem(field, "text.control"));
            return false;
        }
        if (secret.reveal().getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_BYTES) {
            problems.add(Texts.problem(field, "auth.secret.long", MAX_SECRET_BYTES));
            return false;
        }
        return true;
    }
}
