-- Certificates of completion: issued once per person, cohort and stage, with the name as it was at issue
-- and a public verification code (/certificate/CODE confirms the name, the programme and the year).
CREATE TABLE certificate (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       CHAR(10)     NOT NULL,
    cohort_id  BIGINT       NOT NULL,
    account_id BIGINT       NOT NULL,
    stage      INT          NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    issued_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate UNIQUE (cohort_id, account_id, stage),
    CONSTRAINT fk_certificate_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_certificate_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
