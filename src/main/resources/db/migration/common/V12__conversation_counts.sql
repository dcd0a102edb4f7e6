-- Tab counts read only this index (an index-only scan), not the conversation rows.
CREATE INDEX conversation_counts ON conversation (workspace_id, status, snoozed_until);
