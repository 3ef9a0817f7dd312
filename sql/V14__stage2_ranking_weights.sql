-- The weights of the stage-2 ranking per cohort (0-100 each); a cohort without a row uses 60/20/20.
CREATE TABLE stage2_weights (
    cohort_id   BIGINT      NOT NULL PRIMARY KEY,
    rubric      INT         NOT NULL,
    punctuality INT         NOT NULL,
    attendance  INT         NOT NULL,
    changed_by  BIGINT      NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    version     INT         NOT NULL,
    CONSTRAINT fk_stage2_weights_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_stage2_weights_by FOREIGN KEY (changed_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
