-- The weekly modules of a cohort's online marathon. Before opens_at only the title and the
-- opening time are shown.
CREATE TABLE weekly_module (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT       NOT NULL,
    number      INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    opens_at    DATETIME(6)  NOT NULL,
    version     INT          NOT NULL,
    CONSTRAINT uq_module_number UNIQUE (cohort_id, number),
    CONSTRAINT fk_module_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
