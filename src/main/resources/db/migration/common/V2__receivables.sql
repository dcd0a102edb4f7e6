-- Customers, invoices and payments copied from the host accounts-receivable platform.

CREATE TABLE customer (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    external_ref VARCHAR(100) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    email        VARCHAR(320),
    phone        VARCHAR(50),
    phone_e164   VARCHAR(16),
    phone_key    VARCHAR(16),
    tax_id       VARCHAR(50),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER      NOT NULL,
    CONSTRAINT customer_external_ref_unique UNIQUE (workspace_id, external_ref)
);
CREATE INDEX customer_phone_key ON customer (workspace_id, phone_key);
CREATE INDEX customer_name ON customer (workspace_id, name);

CREATE TABLE customer_tag (
    customer_id UUID        NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    tag         VARCHAR(50) NOT NULL,
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tag_tag ON customer_tag (tag);

CREATE TABLE invoice (
    id           UUID PRIMARY KEY,
    workspace_id UUID           NOT NULL REFERENCES workspace (id),
    customer_id  UUID           NOT NULL REFERENCES customer (id),
    external_ref VARCHAR(100)   NOT NULL,
    number       VARCHAR(100)   NOT NULL,
    issue_date   DATE           NOT NULL,
    due_date     DATE           NOT NULL,
    amount       NUMERIC(19, 4) NOT NULL,
    balance      NUMERIC(19, 4) NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    status       VARCHAR(8)     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER        NOT NULL,
    CONSTRAINT invoice_external_ref_unique UNIQUE (workspace_id, external_ref),
    CONSTRAINT invoice_balance_range CHECK (balance >= 0 AND balance <= amount),
    CONSTRAINT invoice_status_known CHECK (status IN ('open', 'paid', 'void'))
);
CREATE INDEX invoice_customer ON invoice (customer_id, status, due_date);
CREATE INDEX invoice_open_due ON invoice (workspace_id, status, due_date);

CREATE TABLE payment (
    id           UUID PRIMARY KEY,
    workspace_id UUID           NOT NULL REFERENCES workspace (id),
    customer_id  UUID           NOT NULL REFERENCES customer (id),
    external_ref VARCHAR(100)   NOT NULL,
    amount       NUMERIC(19, 4) NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    paid_at      DATE           NOT NULL,
    method       VARCHAR(50),
    reference    VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER        NOT NULL,
    CONSTRAINT payment_external_ref_unique UNIQUE (workspace_id, external_ref),
    CONSTRAINT payment_amount_positive CHECK (amount > 0)
);
CREATE INDEX payment_customer ON payment (customer_id, paid_at);

-- Which invoices a payment paid, and how much of each.
CREATE TABLE payment_application (
    payment_id UUID           NOT NULL REFERENCES payment (id) ON DELETE CASCADE,
    invoice_id UUID           NOT NULL REFERENCES invoice (id),
    amount     NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (payment_id, invoice_id)
);
CREATE INDEX payment_application_invoice ON payment_application (invoice_id);
