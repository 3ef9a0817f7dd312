-- The marking workflow: a coordinator may set a time at which all feedback on an assignment is
-- released together. Until then a review the expert has finished waits in state READY, with the
-- revision due time the expert asked for, and the team sees nothing of it.
ALTER TABLE assignment ADD COLUMN feedback_release_at DATETIME(6) NULL;
ALTER TABLE review ADD COLUMN revision_due DATETIME(6) NULL;
CREATE INDEX ix_review_held ON review (state, assignment_id);
