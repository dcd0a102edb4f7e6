-- A workspace's own payment settings (Configuración → Pagos): the provider its payment links are paid with and the
-- providers' secrets, sealed like the WhatsApp ones. A secret left empty comes from conversa.payments.*; a workspace
-- without a row uses conversa.payments.* entirely. Owned by the payments module.
CREATE TABLE payment_settings (
    workspace_id                      UUID PRIMARY KEY REFERENCES workspace (id),
    provider                          VARCHAR(20)              NOT NULL,
    stripe_api_key_sealed             VARCHAR(2000),
    stripe_webhook_secret_sealed      VARCHAR(2000),
    mercadopago_access_token_sealed   VARCHAR(2000),
    mercadopago_webhook_secret_sealed VARCHAR(2000),
    updated_at                        TIMESTAMP WITH TIME ZONE NOT NULL
);
