-- Customer search also matches the tax id, the external reference and the phone as typed: without trigram indexes on
-- those, one unindexed branch of the OR made every search (the inbox's included) read every customer.
CREATE INDEX customer_tax_id_trgm ON customer USING gin (LOWER(tax_id) gin_trgm_ops);
CREATE INDEX customer_external_ref_trgm ON customer USING gin (LOWER(external_ref) gin_trgm_ops);
CREATE INDEX customer_phone_as_typed_trgm ON customer USING gin (LOWER(phone) gin_trgm_ops);
