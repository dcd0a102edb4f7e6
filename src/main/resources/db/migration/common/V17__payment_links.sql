-- Payment links (links de pago): an amount over some of a customer's invoices, paid on a public checkout page
-- reached by an unguessable token. Owned by the payments module.
CREATE TABLE payment_link (
    id                 UUID PRIMARY KEY,
    workspace_id       UUID                     NOT NULL REFERENCES workspace (id),
    customer_id        UUID                     NOT NULL REFERENCES customer (id),
    conversation_id    UUID REFERENCES conversation (id) ON DELETE SET NULL,
    token              VARCHAR(64)              NOT NULL UNIQUE,
    amount             NUMERIC(19, 4)           NOT NULL,
    currency           VARCHAR(3)               NOT NULL,
    status             VARCHAR(12)              NOT NULL,
    provider           VARCHAR(20)              NOT NULL,
    provider_reference VARCHAR(200),
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at            TIMESTAMP WITH TIME ZONE,
    payment_id         UUID
);
CREATE INDEX payment_link_customer ON payment_link (workspace_id, customer_id, created_at DESC);

-- The invoices a link pays, oldest due date first, with what was owed on each when the link was made.
CREATE TABLE payment_link_invoice (
    link_id      UUID           NOT NULL REFERENCES payment_link (id) ON DELETE CASCADE,
    invoice_id   UUID           NOT NULL REFERENCES invoice (id),
    position     INT            NOT NULL,
    number       VARCHAR(100)   NOT NULL,
    external_ref VARCHAR(100)   NOT NULL,
    due_date     DATE           NOT NULL,
    balance      NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (link_id, invoice_id)
);

-- Confirmations received, one per provider payment: a repeated webhook or a second click records nothing new.
CREATE TABLE payment_confirmation (
    provider            VARCHAR(20)              NOT NULL,
    provider_payment_id VARCHAR(200)             NOT NULL,
    link_id             UUID                     NOT NULL REFERENCES payment_link (id),
    amount              NUMERIC(19, 4)           NOT NULL,
    currency            VARCHAR(3)               NOT NULL,
    confirmed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, provider_payment_id)
);
