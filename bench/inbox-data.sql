-- Inbox list benchmark data: 100,000 conversations and 1,000,000 messages on the workspace and WhatsApp number the
-- app provisioned, 20,000 customers (30 % of conversations linked), tags, priorities, closed and snoozed ones.
-- psql -v ws=<workspace uuid> -v channel=<channel uuid> -f bench/inbox-data.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE first_names (i int, n text);
INSERT INTO first_names SELECT row_number() OVER (), n FROM unnest(ARRAY['María José','Juan Pablo','Camila','Francisco',
  'Valentina','Matías','Constanza','Sebastián','Catalina','Joaquín','Fernanda','Ignacio','Javiera','Tomás','Daniela',
  'Cristóbal','Lucía','Diego','Sofía','Martín']) AS n;
CREATE TEMP TABLE last_names (i int, n text);
INSERT INTO last_names SELECT row_number() OVER (), n FROM unnest(ARRAY['González','Muñoz','Rojas','Díaz','Pérez',
  'Soto','Contreras','Silva','Martínez','Sepúlveda','Morales','Rodríguez','López','Fuentes','Hernández','Torres',
  'Araya','Flores','Espinoza','Valenzuela']) AS n;

INSERT INTO customer (id, workspace_id, external_ref, name, email, phone, phone_e164, phone_key, tax_id, created_at,
                      updated_at, version)
SELECT gen_random_uuid(), :'ws', 'BENCH-' || g,
       f.n || ' ' || l.n || ' ' || g, 'cliente' || g || '@correo' || (g % 50) || '.cl',
       '+569' || (30000000 + g), '+569' || (30000000 + g), '569' || (30000000 + g), (10000000 + g) || '-' || (g % 10),
       now(), now(), 0
  FROM generate_series(1, 20000) g
  JOIN first_names f ON f.i = 1 + g % 20
  JOIN last_names l ON l.i = 1 + (g / 20) % 20;

CREATE TEMP TABLE bench_customers AS
SELECT id, row_number() OVER (ORDER BY external_ref) AS k, name FROM customer WHERE external_ref LIKE 'BENCH-%';
CREATE INDEX ON bench_customers (k);

INSERT INTO conversation (id, workspace_id, channel_id, contact_key, wa_id, contact_name, customer_id, status,
                          priority, priority_rank, last_message_at, last_inbound_at, window_expires_at,
                          unread_count, created_at, updated_at, version, snoozed_until, last_message_text,
                          last_message_type, last_message_direction)
SELECT gen_random_uuid(), :'ws', :'channel', '569' || (40000000 + g), '569' || (40000000 + g),
       f.n || ' ' || l.n,
       bc.id,
       CASE WHEN g % 5 = 0 THEN 'closed' ELSE 'open' END,
       CASE WHEN g % 50 = 0 THEN 'urgent' WHEN g % 10 = 1 THEN 'high' ELSE 'normal' END,
       CASE WHEN g % 50 = 0 THEN 2 WHEN g % 10 = 1 THEN 1 ELSE 0 END,
       now() - (g * interval '37 seconds'), now() - (g * interval '37 seconds'),
       now() - (g * interval '37 seconds') + interval '24 hours',
       CASE WHEN g % 4 = 0 THEN 1 + g % 5 ELSE 0 END, now() - interval '60 days', now(), 0,
       CASE WHEN g % 97 = 0 THEN now() + interval '2 days' END,
       'Último mensaje de la conversación ' || g, 'text', 'inbound'
  FROM generate_series(1, 100000) g
  JOIN first_names f ON f.i = 1 + g % 20
  JOIN last_names l ON l.i = 1 + (g / 7) % 20
  LEFT JOIN bench_customers bc ON g % 10 < 3 AND bc.k = 1 + g % 20000;

INSERT INTO conversation_tag (conversation_id, tag)
SELECT id, (ARRAY['promesa','disputa','comprobante','plan-de-pago','vip'])[1 + abs(hashtext(id::text)) % 5]
  FROM conversation WHERE workspace_id = :'ws' AND abs(hashtext(id::text)) % 10 = 0;

INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text, status, wa_message_id,
                     attempts, occurred_at, created_at, version)
SELECT gen_random_uuid(), :'ws', c.id, :'channel',
       CASE WHEN m % 3 = 0 THEN 'outbound' ELSE 'inbound' END, 'text',
       (ARRAY['Hola, buenas tardes. Ya hice la transferencia de la factura F-' || (1000 + m) || ', ¿me confirman?',
              '¿Me pueden mandar el detalle de lo que debo? No me cuadra el saldo.',
              'El viernes pago sin falta, este mes se me complicó con el arriendo.',
              'Esa factura ya la pagué en octubre, adjunto el comprobante del banco.',
              '¿Puedo pagar en dos cuotas? Quedo atento a su respuesta.',
              'Buenos días, le recordamos su saldo pendiente. Puede pagar en línea.',
              'Gracias por su pago, quedó registrado en el sistema.',
              'No reconozco ese cargo, por favor revisen mi cuenta.'])[1 + (m + c.k) % 8],
       CASE WHEN m % 3 = 0 THEN 'read' ELSE 'received' END,
       'wamid.BENCH' || c.k || '.' || m, 0,
       c.last_message_at - ((10 - m) * interval '5 minutes'), now(), 0
  FROM (SELECT id, last_message_at, row_number() OVER () AS k FROM conversation WHERE workspace_id = :'ws') c
 CROSS JOIN generate_series(1, 10) m;
COMMIT;
-- as autovacuum would have done on a live database: statistics and the visibility map for index-only scans
VACUUM ANALYZE customer;
VACUUM ANALYZE conversation;
VACUUM ANALYZE conversation_tag;
VACUUM ANALYZE message;
