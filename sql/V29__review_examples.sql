-- An expert may mark a piece of work as an example for stage 2's programme; the team's consent (given or
-- refused, by whom and when) decides whether it is shown.
ALTER TABLE review ADD COLUMN example BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE review ADD COLUMN example_consent VARCHAR(8) NULL;
ALTER TABLE review ADD COLUMN example_consent_by BIGINT NULL;
ALTER TABLE review ADD COLUMN example_consent_at DATETIME(6) NULL;
ALTER TABLE review ADD CONSTRAINT fk_review_example_by FOREIGN KEY (example_consent_by) REFERENCES account (id);
