-- Bots and their notification URLs. Secret auth fields are stored only sealed by SecretBox.
CREATE TABLE bot (
    id              UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    name_key        VARCHAR(200)  NOT NULL,
    platform_bot_id VARCHAR(200)  NOT NULL DEFAULT '',
    description     VARCHAR(4000) NOT NULL DEFAULT '',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT bot_name_unique UNIQUE (name_key)
);

CREATE TABLE notification_url (
    id               UUID          NOT NULL PRIMARY KEY,
    bot_id           UUID          NOT NULL,
    url              VARCHAR(2048) NOT NULL,
    events           VARCHAR(64)   NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    description      VARCHAR(4000) NOT NULL DEFAULT '',
    timeout_seconds  INT           NOT NULL,
    auth_kind        VARCHAR(40)   NOT NULL,
    auth_username    VARCHAR(1000),
    auth_header      VARCHAR(100),
    auth_token_url   VARCHAR(2048),
    auth_client_id   VARCHAR(1000),
    auth_scope       VARCHAR(1000),
    auth_secret      VARBINARY(8192),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT notification_url_bot FOREIGN KEY (bot_id) REFERENCES bot (id) ON DELETE CASCADE,
    CONSTRAINT notification_url_timeout CHECK (timeout_seconds BETWEEN 1 AND 60)
);
CREATE INDEX notification_url_by_bot ON notification_url (bot_id);

CREATE TABLE notification_url_header (
    url_id   UUID          NOT NULL,
    position INT           NOT NULL,
    name     VARCHAR(100)  NOT NULL,
    header_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (url_id, position),
    CONSTRAINT header_url FOREIGN KEY (url_id) REFERENCES notification_url (id) ON DELETE CASCADE
);
