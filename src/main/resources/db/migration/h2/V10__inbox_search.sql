-- PostgreSQL adds trigram indexes for the inbox search in this version; H2 (the zero-setup run) searches without.
SELECT 1;
