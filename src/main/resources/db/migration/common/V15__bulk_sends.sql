-- Bulk sends (envíos masivos): one approved template to many recipients, dispatched by durable tasks at the number's
-- rate. Recipients become rows when the bulk send is created; each one is handed to the inbox at most once (its
-- message id is recorded in the same transaction), and its delivery follows the inbox's statuses.

CREATE TABLE bulk_send (
    id                UUID PRIMARY KEY,
    workspace_id      UUID          NOT NULL REFERENCES workspace (id),
    name              VARCHAR(200)  NOT NULL,
    template_name     VARCHAR(512)  NOT NULL,
    template_language VARCHAR(20)   NOT NULL,
    parameters        TEXT,
    audience          VARCHAR(2000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    send_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    total             INTEGER       NOT NULL,
    created_by        UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE,
    version           INTEGER       NOT NULL
);
CREATE INDEX bulk_send_list ON bulk_send (workspace_id, created_at);
CREATE INDEX bulk_send_due ON bulk_send (status, send_at);

-- state: queued → handed (to the inbox, message_id set) | skipped (skip_reason) | cancelled.
-- delivery: the inbox's status of the handed message (pending, sending, sent, delivered, read, failed, unknown).
CREATE TABLE bulk_recipient (
    id              UUID PRIMARY KEY,
    bulk_send_id    UUID         NOT NULL REFERENCES bulk_send (id) ON DELETE CASCADE,
    workspace_id    UUID         NOT NULL,
    seq             INTEGER      NOT NULL,
    phone           VARCHAR(16)  NOT NULL,
    customer_id     UUID,
    parameters      TEXT,
    state           VARCHAR(20)  NOT NULL,
    skip_reason     VARCHAR(40),
    not_before      TIMESTAMP WITH TIME ZONE,
    message_id      UUID,
    conversation_id UUID,
    delivery        VARCHAR(20),
    error_code      INTEGER,
    error_reason    VARCHAR(1000),
    retryable       BOOLEAN,
    attempt         INTEGER      NOT NULL DEFAULT 0,
    handed_at       TIMESTAMP WITH TIME ZONE,
    replied_at      TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bulk_recipient_phone_unique UNIQUE (bulk_send_id, phone)
);
CREATE INDEX bulk_recipient_queue ON bulk_recipient (bulk_send_id, state, seq);
CREATE INDEX bulk_recipient_message ON bulk_recipient (message_id);
CREATE INDEX bulk_recipient_conversation ON bulk_recipient (conversation_id);

-- Contacts who asked for no more bulk messages (they wrote BAJA / STOP, or an agent marked them).
CREATE TABLE contact_opt_out (
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    phone        VARCHAR(16)  NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    detail       VARCHAR(500),
    created_by   UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, phone)
);

-- A workspace's contact hours for bulk sends (when absent: the configured default).
CREATE TABLE bulk_policy (
    workspace_id  UUID         PRIMARY KEY REFERENCES workspace (id),
    contact_hours VARCHAR(500) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
