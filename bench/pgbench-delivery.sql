-- Second baseline for the webhook benchmark: the SQL one text-message delivery costs the app, replayed by pgbench
-- without the app (no HTTP, no JSON, no Java): in one transaction, find the contact's conversation, insert the
-- message (deduped by wamid), move the conversation (unread, last message, 24-hour window) and archive the raw
-- body. The same statements as ConversationStore.existing/recordInbound, MessageStore.insertInbound and
-- WebhookIntake.archive; the conversations are the ones the app created during the warm-up.
-- Run by run-webhook-bench.sh as: pgbench -n -c 16 -j 2 -T 20 -D ws="'<uuid>'" -D channel="'<uuid>'" -f this
\set c random(0, 1999)
\set key 56920000000 + 37 * :c
BEGIN;
SELECT '''' || id || '''' AS conv FROM conversation WHERE channel_id = :channel AND contact_key = :key::text \gset
INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text, payload, status,
    wa_message_id, reply_to_wa_id, media_id, media_mime, media_sha256, media_filename, latitude, longitude,
    error_code, attempts, raw_json, occurred_at, created_at, version)
VALUES (gen_random_uuid(), :ws, :conv, :channel, 'inbound', 'text',
    'Hola, buenas tardes. Les escribo por la factura 4587 de octubre: ya hice la transferencia el viernes pero todavía me aparece como pendiente. ¿Me pueden confirmar si les llegó? Gracias.',
    NULL, 'received', 'wamid.' || gen_random_uuid(), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0,
    '{"from":"56920000000","id":"wamid.x","timestamp":"1764000000","type":"text","text":{"body":"Hola, buenas tardes. Les escribo por la factura 4587 de octubre: ya hice la transferencia el viernes pero todavía me aparece como pendiente. ¿Me pueden confirmar si les llegó? Gracias."}}',
    now(), now(), 0)
ON CONFLICT DO NOTHING;
UPDATE conversation
   SET status = 'open',
       unread_count = unread_count + 1,
       last_message_at = CASE WHEN last_message_at IS NULL OR last_message_at < now() THEN now() ELSE last_message_at END,
       last_inbound_at = CASE WHEN last_inbound_at IS NULL OR last_inbound_at < now() THEN now() ELSE last_inbound_at END,
       window_expires_at = CASE WHEN last_inbound_at IS NULL OR last_inbound_at < now()
                                THEN now() + interval '24 hours' ELSE window_expires_at END,
       contact_name = COALESCE('María José Fuentes', contact_name),
       updated_at = now(),
       version = version + 1
 WHERE id = :conv;
INSERT INTO webhook_delivery (id, received_at, signature, body, outcome, detail)
VALUES (gen_random_uuid(), now(), 'sha256=0f5e3c1d2b4a69788796a5b4c3d2e1f00f5e3c1d2b4a69788796a5b4c3d2e1f0',
    '{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"María José Fuentes"},"wa_id":"56920000000"}],"messages":[{"from":"56920000000","id":"wamid.x","timestamp":"1764000000","type":"text","text":{"body":"Hola, buenas tardes. Les escribo por la factura 4587 de octubre: ya hice la transferencia el viernes pero todavía me aparece como pendiente. ¿Me pueden confirmar si les llegó? Gracias."}}]},"field":"messages"}]}]}',
    'stored', NULL);
COMMIT;
