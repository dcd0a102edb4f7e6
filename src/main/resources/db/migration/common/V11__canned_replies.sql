-- Canned replies (respuestas rápidas): answers a workspace's agents save and insert in the chat composer by typing
-- "/" and the shortcut. The text may carry variables such as {{nombre}} and {{saldo}}, filled when inserted.

CREATE TABLE canned_reply (
    id           UUID PRIMARY KEY,
    workspace_id UUID          NOT NULL REFERENCES workspace (id),
    shortcut     VARCHAR(40)   NOT NULL,
    title        VARCHAR(100)  NOT NULL,
    text         VARCHAR(4096) NOT NULL,
    created_by   UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER       NOT NULL,
    CONSTRAINT canned_reply_shortcut_unique UNIQUE (workspace_id, shortcut)
);
