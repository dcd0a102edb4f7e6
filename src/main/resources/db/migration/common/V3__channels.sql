-- WhatsApp business numbers of a workspace. Secrets are sealed (AES-GCM) by the application.

CREATE TABLE channel (
    id                   UUID PRIMARY KEY,
    workspace_id         UUID         NOT NULL REFERENCES workspace (id),
    phone_number_id      VARCHAR(40)  NOT NULL,
    business_account_id  VARCHAR(40)  NOT NULL,
    display_phone_number VARCHAR(30),
    access_token_sealed  VARCHAR(2000),
    app_secret_sealed    VARCHAR(500),
    verify_token_sealed  VARCHAR(500),
    messages_per_second  INTEGER      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER      NOT NULL,
    CONSTRAINT channel_phone_number_id_unique UNIQUE (phone_number_id)
);
CREATE INDEX channel_workspace ON channel (workspace_id);
