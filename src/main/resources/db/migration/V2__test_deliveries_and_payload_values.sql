-- The test panel: the history of test deliveries per URL, and the payload values each bot remembers.
-- A delivery's request is stored as the sender recorded it, every secret header value already
-- masked; no column here ever holds a secret.
CREATE TABLE test_delivery (
    id                 UUID          NOT NULL PRIMARY KEY,
    seq                BIGINT        GENERATED ALWAYS AS IDENTITY,
    url_id             UUID          NOT NULL,
    bot_id             UUID          NOT NULL,
    url                VARCHAR(2048) NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    event              VARCHAR(40)   NOT NULL,
    request_method     VARCHAR(16)   NOT NULL,
    request_url        VARCHAR(2048) NOT NULL,
    request_headers    CHARACTER LARGE OBJECT NOT NULL,
    request_body       CHARACTER LARGE OBJECT NOT NULL,
    response_status    INT,
    response_reason    VARCHAR(200),
    response_headers   CHARACTER LARGE OBJECT,
    response_body      CHARACTER LARGE OBJECT,
    response_size      BIGINT,
    response_truncated BOOLEAN,
    failure_kind       VARCHAR(40),
    failure_message    VARCHAR(4000),
    elapsed_millis     BIGINT        NOT NULL,
    CONSTRAINT test_delivery_url FOREIGN KEY (url_id) REFERENCES notification_url (id) ON DELETE CASCADE,
    CONSTRAINT test_delivery_one_outcome CHECK ((response_status IS NULL) <> (failure_kind IS NULL))
);
CREATE INDEX test_delivery_by_url ON test_delivery (url_id, seq);

CREATE TABLE bot_payload_values (
    bot_id      UUID          NOT NULL PRIMARY KEY,
    destination VARCHAR(100)  NOT NULL,
    template    VARCHAR(1000) NOT NULL,
    campaign_id VARCHAR(100)  NOT NULL,
    reply       VARCHAR(2000) NOT NULL,
    error_text  VARCHAR(8000) NOT NULL,
    CONSTRAINT payload_values_bot FOREIGN KEY (bot_id) REFERENCES bot (id) ON DELETE CASCADE
);
