-- Alumni: who graduated in which year (from a cohort that finished, or imported), whether a finished cohort's
-- graduates were made alumni, and each alumnus's profile in the directory, shown only with their consent.
CREATE TABLE alumnus (
    account_id BIGINT      NOT NULL,
    year       INT         NOT NULL,
    cohort_id  BIGINT      NULL,
    added_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, year),
    CONSTRAINT fk_alumnus_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_alumnus_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE alumni_graduation (
    cohort_id    BIGINT      NOT NULL PRIMARY KEY,
    graduated_at DATETIME(6) NOT NULL,
    graduates    INT         NOT NULL,
    CONSTRAINT fk_graduation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE alumni_profile (
    account_id      BIGINT       NOT NULL PRIMARY KEY,
    consent_at      DATETIME(6)  NULL,
    consent_version VARCHAR(20)  NULL,
    withdrawn_at    DATETIME(6)  NULL,
    organisation    VARCHAR(300) NULL,
    region_code     CHAR(2)      NULL,
    position        VARCHAR(200) NULL,
    topics          VARCHAR(500) NULL,
    contact         VARCHAR(300) NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL,
    CONSTRAINT fk_profile_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_profile_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
