-- WhatsApp message templates per business account (reached through a channel), and when each was last synced.

CREATE TABLE message_template (
    id               UUID PRIMARY KEY,
    workspace_id     UUID          NOT NULL REFERENCES workspace (id),
    channel_id       UUID          NOT NULL REFERENCES channel (id),
    meta_id          VARCHAR(40),
    name             VARCHAR(512)  NOT NULL,
    language         VARCHAR(20)   NOT NULL,
    category         VARCHAR(30),
    status           VARCHAR(30)   NOT NULL,
    parameter_format VARCHAR(20)   NOT NULL,
    components       VARCHAR(20000) NOT NULL,
    quality          VARCHAR(20),
    rejected_reason  VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_template_unique UNIQUE (channel_id, name, language)
);
CREATE INDEX message_template_workspace ON message_template (workspace_id, status);

CREATE TABLE template_sync (
    channel_id     UUID PRIMARY KEY REFERENCES channel (id),
    last_synced_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error     VARCHAR(500)
);
