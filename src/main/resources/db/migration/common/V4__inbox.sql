-- Conversations (one per WhatsApp contact per business number), their messages, statuses that arrived before
-- their message was known, send idempotency keys and the archive of every webhook delivery.

CREATE TABLE conversation (
    id                UUID PRIMARY KEY,
    workspace_id      UUID         NOT NULL REFERENCES workspace (id),
    channel_id        UUID         NOT NULL REFERENCES channel (id),
    contact_key       VARCHAR(100) NOT NULL,
    wa_id             VARCHAR(20),
    user_id           VARCHAR(100),
    contact_name      VARCHAR(200),
    customer_id       UUID,
    status            VARCHAR(10)  NOT NULL,
    priority          VARCHAR(10)  NOT NULL,
    last_message_at   TIMESTAMP WITH TIME ZONE,
    last_inbound_at   TIMESTAMP WITH TIME ZONE,
    window_expires_at TIMESTAMP WITH TIME ZONE,
    unread_count      INTEGER      NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER      NOT NULL,
    CONSTRAINT conversation_contact_unique UNIQUE (channel_id, contact_key)
);
CREATE INDEX conversation_list ON conversation (workspace_id, status, last_message_at DESC);
CREATE INDEX conversation_customer ON conversation (workspace_id, customer_id);
CREATE INDEX conversation_wa_id ON conversation (workspace_id, wa_id);

CREATE TABLE conversation_tag (
    conversation_id UUID        NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    tag             VARCHAR(50) NOT NULL,
    PRIMARY KEY (conversation_id, tag)
);

CREATE TABLE message (
    id                   UUID PRIMARY KEY,
    workspace_id         UUID          NOT NULL REFERENCES workspace (id),
    conversation_id      UUID          NOT NULL REFERENCES conversation (id),
    channel_id           UUID          NOT NULL REFERENCES channel (id),
    direction            VARCHAR(8)    NOT NULL,
    type                 VARCHAR(20)   NOT NULL,
    text                 VARCHAR(8000),
    payload              VARCHAR(4000),
    status               VARCHAR(12)   NOT NULL,
    wa_message_id        VARCHAR(200),
    reply_to_wa_id       VARCHAR(200),
    media_id             VARCHAR(200),
    media_mime           VARCHAR(200),
    media_sha256         VARCHAR(200),
    media_filename       VARCHAR(300),
    media_path           VARCHAR(500),
    media_size           BIGINT,
    latitude             NUMERIC(10, 7),
    longitude            NUMERIC(10, 7),
    outbound_request     VARCHAR(20000),
    error_code           INTEGER,
    error_title          VARCHAR(500),
    error_details        VARCHAR(2000),
    error_explanation    VARCHAR(500),
    attempts             INTEGER       NOT NULL,
    sent_by              UUID,
    raw_json             VARCHAR(65000),
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status_changed_at    TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER       NOT NULL
);
CREATE UNIQUE INDEX message_wa_message_id ON message (channel_id, wa_message_id);
CREATE INDEX message_conversation ON message (conversation_id, occurred_at);

-- Statuses Meta reported for a message id not (yet) known here: applied when the id shows up.
CREATE TABLE orphan_status (
    channel_id    UUID         NOT NULL,
    wa_message_id VARCHAR(200) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    error_code    INTEGER,
    error_title   VARCHAR(500),
    error_details VARCHAR(2000),
    raw_json      VARCHAR(20000),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel_id, wa_message_id, status)
);

-- A send request's Idempotency-Key and the message it created.
CREATE TABLE send_request (
    workspace_id    UUID         NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    message_id      UUID         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, idempotency_key)
);

-- Every webhook delivery as received, with what became of it: nothing is lost even when parsing fails.
CREATE TABLE webhook_delivery (
    id          UUID PRIMARY KEY,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    signature   VARCHAR(100),
    body        TEXT         NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX webhook_delivery_received ON webhook_delivery (received_at);
