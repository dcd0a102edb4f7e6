-- Search of the inbox list (name, phone, message text) with ILIKE '%…%': trigram indexes make it an index lookup
-- instead of a scan of every message. pg_trgm ships with PostgreSQL (contrib); creating it needs the CREATE
-- privilege on the database (a superuser or the database owner on PostgreSQL 13+, where it is a trusted extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX message_text_trgm ON message USING gin (text gin_trgm_ops);
CREATE INDEX conversation_contact_name_trgm ON conversation USING gin (contact_name gin_trgm_ops);
CREATE INDEX conversation_wa_id_trgm ON conversation USING gin (wa_id gin_trgm_ops);
