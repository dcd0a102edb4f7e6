-- AI readings of conversations ("Resumen IA"): every analysis is kept (for its cost and as a record of what was
-- suggested), the newest one is shown. Owned by the insights module.
CREATE TABLE conversation_insight (
    id                UUID PRIMARY KEY,
    workspace_id      UUID                     NOT NULL REFERENCES workspace (id),
    conversation_id   UUID                     NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    summary           VARCHAR(2000)            NOT NULL,
    sentiment         VARCHAR(10)              NOT NULL,
    topics            VARCHAR(300)             NOT NULL,
    next_action       VARCHAR(500)             NOT NULL,
    promise_date      DATE,
    promise_amount    NUMERIC(18, 2),
    provider          VARCHAR(20)              NOT NULL,
    model             VARCHAR(100)             NOT NULL,
    fallback_reason   VARCHAR(300),
    input_tokens      BIGINT                   NOT NULL DEFAULT 0,
    output_tokens     BIGINT                   NOT NULL DEFAULT 0,
    cost_usd          NUMERIC(14, 6)           NOT NULL DEFAULT 0,
    occasion          VARCHAR(20)              NOT NULL,
    last_message_id   UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_insight_latest ON conversation_insight (conversation_id, created_at DESC);
CREATE INDEX conversation_insight_usage ON conversation_insight (workspace_id, created_at);

-- A workspace's AI settings (Configuración → IA); without a row, the CONVERSA_AI_* defaults apply.
CREATE TABLE ai_settings (
    workspace_id        UUID PRIMARY KEY REFERENCES workspace (id),
    offline_only        BOOLEAN                  NOT NULL DEFAULT FALSE,
    api_key_sealed      VARCHAR(2000),
    model               VARCHAR(100),
    base_url            VARCHAR(500),
    daily_token_budget  BIGINT,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The newest insight's sentiment and topics on the conversation itself, so the inbox list filters by them.
ALTER TABLE conversation ADD COLUMN insight_sentiment VARCHAR(10);
ALTER TABLE conversation ADD COLUMN insight_topics VARCHAR(300);
