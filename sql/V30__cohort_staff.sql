-- Experts and reviewers are named per cohort: one of 2027 is not one in 2028 unless named again.
CREATE TABLE cohort_staff (
    cohort_id  BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(12) NOT NULL,
    named_at   DATETIME(6) NOT NULL,
    named_by   BIGINT      NULL,
    PRIMARY KEY (cohort_id, account_id, role),
    CONSTRAINT fk_staff_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_staff_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_staff_by FOREIGN KEY (named_by) REFERENCES account (id),
    INDEX ix_staff_account (account_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
