-- Conversations whose snooze ends are found every half minute (SnoozeEnds): only the snoozed ones are indexed.
CREATE INDEX conversation_snoozed_until ON conversation (snoozed_until) WHERE snoozed_until IS NOT NULL;
