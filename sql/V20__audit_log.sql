-- The audit log: every decision that changes someone's standing (admission, publication of the
-- results, acceptance or revision of work, gate exceptions, extensions, roles and sign-in), with
-- who took it and when. Rows are only ever added. Names are kept as they were at the time, so the
-- log still reads right after a team or a person is renamed.
CREATE TABLE audit_entry (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at        DATETIME(6)   NOT NULL,
    actor_id  BIGINT        NULL,
    action    VARCHAR(30)   NOT NULL,
    cohort_id BIGINT        NULL,
    subject   VARCHAR(300)  NOT NULL,
    object    VARCHAR(300)  NULL,
    outcome   VARCHAR(200)  NULL,
    until_at  DATETIME(6)   NULL,
    note      VARCHAR(1000) NULL,
    CONSTRAINT fk_audit_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT fk_audit_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    INDEX ix_audit_at (at),
    INDEX ix_audit_cohort (cohort_id, at),
    INDEX ix_audit_actor (actor_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
