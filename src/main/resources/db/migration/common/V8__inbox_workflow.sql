-- The inbox's working state: who handles a conversation, until when it is snoozed, how urgent it is (as a rank the
-- list sorts by: urgent first, then high, then the rest), and the last message for the list's preview line.
-- Notes and system events live in the message table as direction 'internal' (never sent to WhatsApp).

ALTER TABLE conversation ADD COLUMN assignee_id UUID;
ALTER TABLE conversation ADD COLUMN snoozed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE conversation ADD COLUMN priority_rank SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN last_message_text VARCHAR(200);
ALTER TABLE conversation ADD COLUMN last_message_type VARCHAR(20);
ALTER TABLE conversation ADD COLUMN last_message_direction VARCHAR(8);

UPDATE conversation SET priority_rank = CASE priority WHEN 'urgent' THEN 2 WHEN 'high' THEN 1 ELSE 0 END;
UPDATE conversation SET last_message_at = created_at WHERE last_message_at IS NULL;
ALTER TABLE conversation ALTER COLUMN last_message_at SET NOT NULL;
UPDATE conversation c
   SET last_message_text = (SELECT SUBSTRING(m.text FROM 1 FOR 200) FROM message m WHERE m.conversation_id = c.id
                             ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1),
       last_message_type = (SELECT m.type FROM message m WHERE m.conversation_id = c.id
                             ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1),
       last_message_direction = (SELECT m.direction FROM message m WHERE m.conversation_id = c.id
                                  ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1);

-- The list: one tab (status) or all, most urgent first, then most recent; keyset pagination over the same order.
DROP INDEX conversation_list;
CREATE INDEX conversation_list ON conversation (workspace_id, status, priority_rank DESC, last_message_at DESC, id DESC);
CREATE INDEX conversation_all ON conversation (workspace_id, priority_rank DESC, last_message_at DESC, id DESC);
CREATE INDEX conversation_assignee ON conversation (workspace_id, assignee_id);
CREATE INDEX conversation_tag_tag ON conversation_tag (tag, conversation_id);
