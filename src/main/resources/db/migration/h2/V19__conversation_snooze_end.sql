-- PostgreSQL indexes the snoozed conversations (a partial index); the embedded database holds few conversations and
-- reads them all.
SELECT 1;
