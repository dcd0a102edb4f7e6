-- Baseline for the webhook benchmark: one single-row INSERT per transaction into bench_message, a copy of the
-- message table's shape (created by run-webhook-bench.sh as LIKE message INCLUDING ALL: same columns, primary key
-- and secondary indexes, no foreign keys). A random uuid id, a unique wamid and ~600 bytes of Spanish text.
-- Run: pgbench -n -c 16 -j 2 -T 20 -f bench/pgbench-insert.sql conversa_bench
\set c random(1, 2000)
INSERT INTO bench_message (id, workspace_id, conversation_id, channel_id, direction, type, text, status,
    wa_message_id, attempts, occurred_at, created_at, version)
VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000001',
    ('00000000-0000-0000-0000-' || lpad(:c::text, 12, '0'))::uuid, '00000000-0000-0000-0000-000000000002',
    'inbound', 'text',
    'Hola, buenas tardes. Les escribo por la factura 4587 de octubre: ya hice la transferencia el viernes pero todavía me aparece como pendiente en el portal. ¿Me pueden confirmar si les llegó el pago? Adjunto el comprobante del banco con el número de operación. Además quería consultar si es posible pagar el saldo de noviembre en dos cuotas, porque este mes se me complicó con el arriendo y prefiero no atrasarme más. Si necesitan algún dato adicional, como el RUT de la empresa o la dirección de facturación, me avisan por este mismo medio. Muchas gracias por la ayuda, quedo atenta.',
    'received', 'wamid.' || gen_random_uuid(), 0, now(), now(), 0);
