-- The schedule purges what is kept no longer than it is needed (Retention): by age, through these indexes.
CREATE INDEX ix_outbox_sent_at ON outbox_message (sent_at);
CREATE INDEX ix_attempt_at ON outbox_attempt (attempted_at);
CREATE INDEX ix_reminder_sent_at ON reminder_sent (sent_at);
