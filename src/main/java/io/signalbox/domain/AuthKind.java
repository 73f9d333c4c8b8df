package io.signalbox.domain;

/** How an endpoint authenticates our call; the names are those of the export document. */
public enum AuthKind {
    NONE,
    BASIC,
    BEARER,
    API_KEY,
    SIGNATURE,
    OAUTH2_CLIENT_CREDENTIALS
}
