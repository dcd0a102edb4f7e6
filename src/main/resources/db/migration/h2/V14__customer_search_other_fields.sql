-- PostgreSQL adds more trigram indexes for customer search in this version; H2 searches without them.
SELECT 1;
