-- Customer search (the customer list, the inbox's search and its customer pickers) matches LOWER(column) LIKE '%…%':
-- trigram indexes on those expressions avoid reading every customer.
CREATE INDEX customer_name_trgm ON customer USING gin (LOWER(name) gin_trgm_ops);
CREATE INDEX customer_email_trgm ON customer USING gin (LOWER(email) gin_trgm_ops);
CREATE INDEX customer_phone_trgm ON customer USING gin (phone_e164 gin_trgm_ops);
