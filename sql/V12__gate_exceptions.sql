-- The completion gate is computed from the records each time; only a coordinator's exception is
-- stored, with its reason. Rows are never changed or deleted: the newest one for a person counts,
-- the older ones are the audit trail.
CREATE TABLE gate_exception (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    passed      BOOLEAN      NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    recorded_by BIGINT       NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_gate_exception_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_gate_exception_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_gate_exception_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    INDEX ix_gate_exception (cohort_id, account_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
